package cn.jiuzhu.referral.repository;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.common.time.CountedDate;
import cn.jiuzhu.common.time.CountedDateRepository;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.referral.Referral;
import cn.jiuzhu.referral.ReferralOutcome;
import cn.jiuzhu.referral.ReferralStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL for referrals. No rules here: see ReferralService and ReferralRules. */
@ApplicationScoped
public class ReferralRepository {

    private static final String COLUMNS = """
            SELECT id, case_id, case_number, applicant_name, programme, department, office_code, office_name, need, status,
                   outcome, answer, decline_reason, referred_by_label, created_by, created_at, due_on, accepted_at,
                   answered_at, declined_at, version
              FROM referral
            """;
    private static final String RETURNING = """
            RETURNING id, case_id, case_number, applicant_name, programme, department, office_code, office_name, need,
                      status, outcome, answer, decline_reason, referred_by_label, created_by, created_at, due_on,
                      accepted_at, answered_at, declined_at, version""";

    private final Pool client;

    public ReferralRepository(Pool client) {
        this.client = client;
    }

    /** Inserts a referral unless one of the same case and department is still pending; then empty. */
    public Uni<Optional<Referral>> insertUnlessPending(SqlConnection connection, NewReferral r) {
        return connection.preparedQuery("""
                INSERT INTO referral (id, case_id, case_number, applicant_name, programme, department, office_code, office_name,
                    need, referred_by_label, created_by, created_by_office, due_on)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                ON CONFLICT (case_id, department) WHERE status IN ('OPEN', 'ACCEPTED') DO NOTHING
                """ + RETURNING)
                .execute(Tuple.from(Arrays.asList(r.id(), r.caseId(), r.caseNumber(), r.applicantName(), r.programme().name(),
                        r.department().name(), r.officeCode(), r.officeName(), r.need(), r.referredByLabel(), r.createdBy(),
                        r.createdByOffice(), r.dueOn())))
                .map(ReferralRepository::first);
    }

    public Uni<Optional<Referral>> findPending(SqlClient connection, UUID caseId, Department department) {
        return connection.preparedQuery(COLUMNS + "WHERE case_id = $1 AND department = $2 AND status IN ('OPEN', 'ACCEPTED')")
                .execute(Tuple.of(caseId, department.name())).map(ReferralRepository::first);
    }

    public Uni<Optional<Referral>> lock(SqlConnection connection, UUID id) {
        return connection.preparedQuery(COLUMNS + "WHERE id = $1 FOR UPDATE").execute(Tuple.of(id)).map(ReferralRepository::first);
    }

    public Uni<Referral> accept(SqlConnection connection, UUID id) {
        return update(connection, "status = 'ACCEPTED', accepted_at = now()", Tuple.of(id));
    }

    public Uni<Referral> answer(SqlConnection connection, UUID id, ReferralOutcome outcome, String answer) {
        return update(connection, "status = 'ANSWERED', answered_at = now(), outcome = $2, answer = $3",
                Tuple.of(id, outcome.name(), answer));
    }

    public Uni<Referral> decline(SqlConnection connection, UUID id, String reason) {
        return update(connection, "status = 'DECLINED', declined_at = now(), decline_reason = $2", Tuple.of(id, reason));
    }

    /** Referrals of several cases with one query, each case's in the order they were made. */
    public Uni<List<Referral>> ofCases(Collection<UUID> caseIds) {
        return client.preparedQuery(COLUMNS + "WHERE case_id = ANY($1) ORDER BY case_id, created_at, id")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new))).map(ReferralRepository::all);
    }

    /**
     * An office's referrals in one status, oldest due first, keyset-paged on (due_on, id): a range scan
     * of referral_office_queue_idx from the cursor on, whatever page is asked for.
     */
    public Uni<List<Referral>> queue(String officeCode, ReferralStatus status, LocalDate afterDueOn, UUID afterId, int limit) {
        if (afterDueOn == null) {
            return client.preparedQuery(COLUMNS + """
                    WHERE office_code = $1 AND status = $2
                    ORDER BY due_on, id LIMIT $3""")
                    .execute(Tuple.of(officeCode, status.name(), limit)).map(ReferralRepository::all);
        }
        return client.preparedQuery(COLUMNS + """
                WHERE office_code = $1 AND status = $2 AND (due_on, id) > ($3, $4)
                ORDER BY due_on, id LIMIT $5""")
                .execute(Tuple.of(officeCode, status.name(), afterDueOn, afterId, limit)).map(ReferralRepository::all);
    }

    private static Uni<Referral> update(SqlConnection connection, String set, Tuple arguments) {
        return connection.preparedQuery("UPDATE referral SET " + set + ", version = version + 1 WHERE id = $1\n" + RETURNING)
                .execute(arguments).map(rows -> Rows.one(rows, ReferralRepository::toReferral));
    }

    private static Optional<Referral> first(RowSet<Row> rows) {
        return Rows.first(rows, ReferralRepository::toReferral);
    }

    private static List<Referral> all(RowSet<Row> rows) {
        return Rows.all(rows, ReferralRepository::toReferral);
    }

    private static Referral toReferral(Row row) {
        ReferralStatus status = ReferralStatus.valueOf(row.getString("status"));
        String outcomeName = row.getString("outcome");
        ReferralOutcome outcome = outcomeName == null ? null : ReferralOutcome.valueOf(outcomeName);
        return new Referral(row.getUUID("id"), row.getUUID("case_id"), row.getString("case_number"),
                row.getString("applicant_name"), Programme.valueOf(row.getString("programme")),
                Department.valueOf(row.getString("department")), row.getString("office_code"), row.getString("office_name"),
                row.getString("need"), status, status.label(), outcome, outcome == null ? null : outcome.label(),
                row.getString("answer"), row.getString("decline_reason"), row.getString("referred_by_label"),
                row.getOffsetDateTime("created_at"), row.getLocalDate("due_on"), row.getOffsetDateTime("accepted_at"),
                row.getOffsetDateTime("answered_at"), row.getOffsetDateTime("declined_at"), row.getInteger("version"),
                row.getString("created_by"));
    }

    public record NewReferral(UUID id, UUID caseId, String caseNumber, String applicantName, Programme programme,
            Department department, String officeCode, String officeName, String need, String referredByLabel, String createdBy,
            String createdByOffice, LocalDate dueOn) {
    }

    /** Referrals still waiting for the department whose due date is on or after {@code from}, locked for a recount. */
    public Uni<List<CountedDate>> waitingDueFrom(SqlConnection connection, LocalDate from) {
        return CountedDateRepository.waitingFrom(connection, "referral", "status IN ('OPEN', 'ACCEPTED')", from);
    }

    public Uni<Void> setDueOn(SqlConnection connection, List<CountedDate> moved) {
        return CountedDateRepository.setDueOn(connection, "referral", moved);
    }
}
