package cn.jiuzhu.casework.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.record.CaseDecision;
import cn.jiuzhu.casework.record.DecisionOutcome;
import cn.jiuzhu.casework.record.EconomicVerification;
import cn.jiuzhu.casework.record.HomeVisit;
import cn.jiuzhu.casework.record.PublicityEntry;
import cn.jiuzhu.casework.record.RecordsOnFile;
import cn.jiuzhu.casework.record.SelfCareItem;
import cn.jiuzhu.casework.record.SelfCareRecord;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * SQL for a case's investigation and decision records. Writes take the connection of the step's
 * transaction; batched reads take a list of cases and run one statement. No rules here: see
 * Preconditions and PaymentSchedule.
 */
@ApplicationScoped
public class CaseRecordRepository {

    private static final String LATEST_PROPOSAL = """
            (SELECT p.monthly_amount FROM case_amount_proposal p WHERE p.case_id = %s ORDER BY p.id DESC LIMIT 1)""";

    private static final String SCHEDULE_COLUMNS = """
            SELECT case_id, first_payment_month, review_every_months, next_review_on FROM case_payment_schedule
            """;

    private final Pool client;

    public CaseRecordRepository(Pool client) {
        this.client = client;
    }

    public Uni<Void> insertHomeVisit(SqlConnection connection, UUID caseId, LocalDate visitedOn, List<String> staff,
            String findings, Actor actor, String actorLabel, boolean byCounty) {
        return connection.preparedQuery("""
                INSERT INTO case_home_visit (case_id, visited_on, staff_names, findings, recorded_by, recorded_by_office,
                                             recorded_by_label, by_county)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .execute(Tuple.from(Arrays.asList(caseId, visitedOn, staff.toArray(String[]::new), findings, actor.subject(),
                        actor.officeCode(), actorLabel, byCounty)))
                .replaceWithVoid();
    }

    public Uni<Void> insertVerification(SqlConnection connection, UUID caseId, boolean passed, String summary, Actor actor,
            String actorLabel) {
        return connection.preparedQuery("""
                INSERT INTO case_verification (case_id, passed, summary, recorded_by, recorded_by_office, recorded_by_label)
                VALUES ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.from(Arrays.asList(caseId, passed, summary, actor.subject(), actor.officeCode(), actorLabel)))
                .replaceWithVoid();
    }

    public Uni<Void> insertAmountProposal(SqlConnection connection, UUID caseId, BigDecimal monthlyAmount, Actor actor,
            String actorLabel) {
        return connection.preparedQuery("""
                INSERT INTO case_amount_proposal (case_id, monthly_amount, recorded_by, recorded_by_office, recorded_by_label)
                VALUES ($1, $2, $3, $4, $5)""")
                .execute(Tuple.from(Arrays.asList(caseId, monthlyAmount, actor.subject(), actor.officeCode(), actorLabel)))
                .replaceWithVoid();
    }

    /**
     * What the investigation has on file: a visit by two or more staff, the latest verification's result, an amount, the
     * county's visit, a self-care assessment of every member, an appraisal recorded on the case's current version, no
     * objection of the publicity open, a service arranged and not ended; and where the periodic review stands (pending continuing or stopping, decided and
     * open to objection, objected).
     */
    public Uni<RecordsOnFile> recordsOnFile(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery("""
                WITH pending AS (SELECT outcome FROM case_review WHERE case_id = $1 AND decided_at IS NULL AND superseded_at IS NULL),
                     decided AS (SELECT outcome, objected_at, objection_ruled_at, revoked_at FROM case_review
                                  WHERE case_id = $1 AND decided_at IS NOT NULL ORDER BY id DESC LIMIT 1)
                SELECT EXISTS (SELECT 1 FROM case_home_visit WHERE case_id = $1 AND NOT by_county AND cardinality(staff_names) >= 2),
                       coalesce((SELECT passed FROM case_verification WHERE case_id = $1 ORDER BY id DESC LIMIT 1), false),
                       EXISTS (SELECT 1 FROM case_amount_proposal WHERE case_id = $1),
                       EXISTS (SELECT 1 FROM case_home_visit WHERE case_id = $1 AND by_county),
                       NOT EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = $1 AND NOT EXISTS (
                               SELECT 1 FROM case_self_care_assessment a WHERE a.case_id = m.case_id AND a.member_id_number = m.id_number)),
                       EXISTS (SELECT 1 FROM case_appraisal a JOIN assistance_case c ON c.id = a.case_id AND c.version = a.case_version
                                WHERE a.case_id = $1),
                       NOT EXISTS (SELECT 1 FROM case_publicity_objection WHERE case_id = $1 AND answered_at IS NULL),
                       EXISTS (SELECT 1 FROM case_service_arrangement WHERE case_id = $1 AND ended_at IS NULL),
                       EXISTS (SELECT 1 FROM pending WHERE outcome <> 'STOP'),
                       EXISTS (SELECT 1 FROM pending WHERE outcome = 'STOP'),
                       EXISTS (SELECT 1 FROM decided d, assistance_case c WHERE c.id = $1 AND d.revoked_at IS NULL
                                  AND d.objected_at IS NULL AND (c.state <> 'TERMINATED' OR d.outcome = 'STOP')),
                       EXISTS (SELECT 1 FROM decided WHERE objected_at IS NOT NULL AND objection_ruled_at IS NULL
                                  AND outcome <> 'STOP')""")
                .execute(Tuple.of(caseId))
                .map(rows -> Rows.one(rows, r -> new RecordsOnFile(r.getBoolean(0), r.getBoolean(1), r.getBoolean(2), r.getBoolean(3),
                        r.getBoolean(4), r.getBoolean(5), r.getBoolean(6), r.getBoolean(7),
                        new RecordsOnFile.Review(r.getBoolean(8), r.getBoolean(9), r.getBoolean(10), r.getBoolean(11)))));
    }

    public Uni<Boolean> isMember(SqlConnection connection, UUID caseId, String idNumber) {
        return connection.preparedQuery("SELECT EXISTS (SELECT 1 FROM case_member WHERE case_id = $1 AND id_number = $2)")
                .execute(Tuple.of(caseId, idNumber)).map(rows -> Rows.one(rows, r -> r.getBoolean(0)));
    }

    public Uni<Void> insertSelfCareAssessment(SqlConnection connection, UUID caseId, String memberIdNumber, Set<SelfCareItem> failedItems,
            LocalDate assessedOn, List<String> assessors, Actor actor, String actorLabel) {
        return connection.preparedQuery("""
                INSERT INTO case_self_care_assessment (case_id, member_id_number, failed_items, assessed_on, assessors, recorded_by,
                                                       recorded_by_office, recorded_by_label)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .execute(Tuple.from(Arrays.asList(caseId, memberIdNumber, failedItems.stream().map(Enum::name).toArray(String[]::new),
                        assessedOn, assessors.toArray(String[]::new), actor.subject(), actor.officeCode(), actorLabel)))
                .replaceWithVoid();
    }

    /** Each member's latest self-care assessment, for these cases; on the caller's connection where a step reads them. */
    public Uni<List<SelfCareRecord>> latestSelfCareOf(SqlClient connection, Collection<UUID> caseIds) {
        return connection.preparedQuery("""
                SELECT DISTINCT ON (case_id, member_id_number) case_id, member_id_number, failed_items, assessed_on, assessors,
                       recorded_by_label, recorded_at
                  FROM case_self_care_assessment WHERE case_id = ANY($1) ORDER BY case_id, member_id_number, id DESC""")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, r -> new SelfCareRecord(r.getUUID("case_id"), r.getString("member_id_number"),
                        Arrays.stream(r.getArrayOfStrings("failed_items")).map(SelfCareItem::valueOf).collect(Collectors.toSet()),
                        r.getLocalDate("assessed_on"), r.getString("recorded_by_label"), List.of(r.getArrayOfStrings("assessors")),
                        r.getOffsetDateTime("recorded_at"))));
    }

    /** An approval carries the amount last proposed (the one published); a refusal carries none. */
    public Uni<Void> insertDecision(SqlConnection connection, UUID caseId, DecisionOutcome outcome, String reasons, Actor actor,
            String actorLabel, LocalDate noticeDueOn) {
        return connection.preparedQuery("""
                INSERT INTO case_decision (case_id, decision, reasons, decided_by, decided_by_office, decided_by_label,
                                           monthly_amount, notice_due_on)
                VALUES ($1, $2::varchar, $3, $4, $5, $6, CASE WHEN $2::varchar = 'APPROVED' THEN %s END, $7)""".formatted(LATEST_PROPOSAL.formatted("$1")))
                .execute(Tuple.from(Arrays.asList(caseId, outcome.name(), reasons, actor.subject(), actor.officeCode(), actorLabel,
                        noticeDueOn)))
                .replaceWithVoid();
    }

    /** The amount the rules fixed for the approval in force, and the standard version they used. */
    public Uni<Void> setDecidedAmount(SqlConnection connection, UUID caseId, BigDecimal monthlyAmount, UUID standardId) {
        return connection.preparedQuery("""
                UPDATE case_decision SET monthly_amount = $2, standard_id = $3
                 WHERE id = (SELECT max(id) FROM case_decision WHERE case_id = $1 AND decision = 'APPROVED' AND revoked_at IS NULL)""")
                .execute(Tuple.of(caseId, monthlyAmount, standardId)).replaceWithVoid();
    }

    /** 复核撤销: the refusal in force no longer stands. */
    public Uni<Void> revokeRefusal(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery("""
                UPDATE case_decision SET revoked_at = now()
                 WHERE case_id = $1 AND decision = 'REFUSED' AND revoked_at IS NULL""")
                .execute(Tuple.of(caseId)).replaceWithVoid();
    }

    /** When the approval in force was given, if there is one. */
    public Uni<Optional<OffsetDateTime>> approvedAt(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery("""
                SELECT decided_at FROM case_decision WHERE case_id = $1 AND decision = 'APPROVED' AND revoked_at IS NULL
                 ORDER BY id DESC LIMIT 1""")
                .execute(Tuple.of(caseId))
                .map(rows -> Rows.first(rows, r -> r.getOffsetDateTime(0)));
    }

    public Uni<Boolean> unstableIncome(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery("SELECT unstable_income FROM assistance_case WHERE id = $1").execute(Tuple.of(caseId))
                .map(rows -> Rows.one(rows, r -> r.getBoolean(0)));
    }

    public Uni<Void> insertSchedule(SqlConnection connection, UUID caseId, LocalDate firstPaymentMonth, Integer reviewEveryMonths,
            LocalDate nextReviewOn) {
        return connection.preparedQuery("""
                INSERT INTO case_payment_schedule (case_id, first_payment_month, review_every_months, next_review_on)
                VALUES ($1, $2, $3, $4)""")
                .execute(Tuple.from(Arrays.asList(caseId, firstPaymentMonth,
                        reviewEveryMonths == null ? null : reviewEveryMonths.shortValue(), nextReviewOn)))
                .replaceWithVoid();
    }

    public Uni<Optional<Schedule>> schedule(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery(SCHEDULE_COLUMNS + "WHERE case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> Rows.first(rows, CaseRecordRepository::toSchedule));
    }

    /** After a review: the period the household as found calls for, and the next review by it. */
    public Uni<Void> setReviewSchedule(SqlConnection connection, UUID caseId, int reviewEveryMonths, LocalDate nextReviewOn) {
        return connection.preparedQuery("UPDATE case_payment_schedule SET review_every_months = $2, next_review_on = $3 WHERE case_id = $1")
                .execute(Tuple.of(caseId, (short) reviewEveryMonths, nextReviewOn)).replaceWithVoid();
    }

    public Uni<List<HomeVisit>> homeVisitsOf(Collection<UUID> caseIds) {
        return client.preparedQuery("""
                SELECT case_id, visited_on, staff_names, findings, recorded_by_label, recorded_at
                  FROM case_home_visit WHERE case_id = ANY($1) ORDER BY id""")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, r -> new HomeVisit(r.getLocalDate("visited_on"), List.of(r.getArrayOfStrings("staff_names")),
                        r.getString("findings"), r.getString("recorded_by_label"), r.getOffsetDateTime("recorded_at"),
                        r.getUUID("case_id"))));
    }

    public Uni<List<EconomicVerification>> latestVerificationsOf(Collection<UUID> caseIds) {
        return client.preparedQuery("""
                SELECT DISTINCT ON (case_id) case_id, passed, summary, recorded_by_label, recorded_at
                  FROM case_verification WHERE case_id = ANY($1) ORDER BY case_id, id DESC""")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, r -> new EconomicVerification(r.getBoolean("passed"), r.getString("summary"),
                        r.getString("recorded_by_label"), r.getOffsetDateTime("recorded_at"), r.getUUID("case_id"))));
    }

    /** The amount last proposed for each case that has one. */
    public Uni<Map<UUID, BigDecimal>> latestProposalsOf(Collection<UUID> caseIds) {
        return client.preparedQuery("""
                SELECT DISTINCT ON (case_id) case_id, monthly_amount
                  FROM case_amount_proposal WHERE case_id = ANY($1) ORDER BY case_id, id DESC""")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, BigDecimal> amounts = new HashMap<>();
                    rows.forEach(r -> amounts.put(r.getUUID("case_id"), r.getBigDecimal("monthly_amount")));
                    return amounts;
                });
    }

    /** Each case's latest decision still in force. */
    public Uni<List<CaseDecision>> decisionsOf(Collection<UUID> caseIds) {
        return client.preparedQuery("""
                SELECT DISTINCT ON (case_id) case_id, decision, reasons, decided_by_label, decided_at, monthly_amount, notice_due_on
                  FROM case_decision WHERE case_id = ANY($1) AND revoked_at IS NULL ORDER BY case_id, id DESC""")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, r -> new CaseDecision(DecisionOutcome.valueOf(r.getString("decision")), r.getString("reasons"),
                        r.getString("decided_by_label"), r.getOffsetDateTime("decided_at"), Yuan.format(r.getBigDecimal("monthly_amount")),
                        r.getLocalDate("notice_due_on"), r.getUUID("case_id"))));
    }

    public Uni<List<Schedule>> schedulesOf(Collection<UUID> caseIds) {
        return client.preparedQuery(SCHEDULE_COLUMNS + "WHERE case_id = ANY($1)").execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, CaseRecordRepository::toSchedule));
    }

    /**
     * The noticeboard of a village or township: the cases in publicity there, oldest first, with the
     * three public facts and nothing else. {@code regionCode} is digits only (checked by the caller).
     */
    public Uni<List<PublicityEntry>> inPublicity(String regionCode) {
        return client.preparedQuery("""
                SELECT c.applicant_name, c.household_size, %s AS monthly_amount
                  FROM assistance_case c
                 WHERE c.state = 'PUBLICITY' AND c.region_code LIKE $1 || '%%'
                 ORDER BY c.state_since, c.id""".formatted(LATEST_PROPOSAL.formatted("c.id")))
                .execute(Tuple.of(regionCode))
                .map(rows -> Rows.all(rows, r -> new PublicityEntry(r.getString("applicant_name"), r.getShort("household_size"),
                        Yuan.format(r.getBigDecimal("monthly_amount")))));
    }

    private static Schedule toSchedule(Row r) {
        Short every = r.getShort("review_every_months");
        return new Schedule(r.getUUID("case_id"), r.getLocalDate("first_payment_month"), every == null ? null : every.intValue(),
                r.getLocalDate("next_review_on"));
    }

    /** When payment starts (the 1st of that month) and when the case is next reviewed; no review for one-off aid. */
    public record Schedule(UUID caseId, LocalDate firstPaymentMonth, Integer reviewEveryMonths, LocalDate nextReviewOn) {
    }
}
