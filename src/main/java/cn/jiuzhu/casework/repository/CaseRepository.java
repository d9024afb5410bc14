package cn.jiuzhu.casework.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.audit.DataSubject;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseEvent;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.common.sql.Rows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL for cases, their members, claims, events and numbers. No rules here: see CaseService and Procedure. */
@ApplicationScoped
public class CaseRepository {

    /** Every column of a case on the alias c, for {@link #toCase}. */
    private static final String CASE_FIELDS = """
            c.id, c.case_number, c.application_id, c.programme, c.state, c.state_since, c.submitted_at,
                   c.applicant_name, c.household_size, c.region_code, c.via_agent, c.near_relative_flag,
                   c.owner_id_number, c.county_code, c.version, c.assigned_office_code, c.routing_explanation,
                   c.due_on, c.spot_check_required""";
    /** Every column of a case, for {@link #toCase}; WorklistRepository selects cases with it too. */
    static final String CASE_COLUMNS = "SELECT " + CASE_FIELDS + "\n  FROM assistance_case c\n";
    /** A resident sees a case they filed or one of their household's. */
    private static final String VISIBLE_TO = """
            (c.owner_id_number = $2 OR EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = c.id AND m.id_number = $2))""";
    private static final String DATA_SUBJECT = """
            SELECT id, case_number, county_code, region_code, assigned_office_code, applicant_id_number
              FROM assistance_case
            """;
    private static final String EVENT_COLUMNS = """
            SELECT id, case_id, action, from_state, to_state, actor_role, actor_label, reason, occurred_at
              FROM case_event
            """;

    private final Pool client;

    public CaseRepository(Pool client) {
        this.client = client;
    }

    public Uni<Integer> nextNumber(SqlConnection connection, String prefix, String countyCode, int year) {
        return connection.preparedQuery("""
                INSERT INTO case_number_sequence (prefix, county_code, year, last_value) VALUES ($1, $2, $3, 1)
                ON CONFLICT (prefix, county_code, year) DO UPDATE SET last_value = case_number_sequence.last_value + 1
                RETURNING last_value""")
                .execute(Tuple.of(prefix, countyCode, (short) year)).map(rows -> Rows.one(rows, r -> r.getInteger(0)));
    }

    /** Inserts a case and returns it as stored (defaults included), in one statement. */
    public Uni<AssistanceCase> insert(SqlConnection connection, NewCase c) {
        return connection.preparedQuery("""
                INSERT INTO assistance_case AS c (id, case_number, application_id, programme, owner_id_number, applicant_id_number,
                    applicant_name, household_size, region_code, county_code, state, state_since, via_agent,
                    near_relative_flag, submitted_at, assigned_office_code, routing_explanation, due_on, unstable_income,
                    contact_mobile)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'SUBMITTED', $11, $12, $13, $11, $14, $15, $16, $17, $18)
                RETURNING\s""" + CASE_FIELDS)
                .execute(Tuple.from(java.util.Arrays.asList(c.id(), c.caseNumber(), c.applicationId(), c.programme().name(),
                        c.ownerIdNumber(), c.applicantIdNumber(), c.applicantName(), (short) c.householdSize(), c.regionCode(),
                        c.countyCode(), c.submittedAt(), c.viaAgent(), c.nearRelativeFlag(), c.assignedOfficeCode(),
                        c.routingExplanation(), c.dueOn(), c.unstableIncome(), c.contactMobile())))
                .map(rows -> Rows.one(rows, CaseRepository::toCase));
    }

    public Uni<Void> insertMembers(SqlConnection connection, UUID caseId, List<String> idNumbers, List<String> relations) {
        return connection.preparedQuery("""
                INSERT INTO case_member (case_id, id_number, relation) SELECT $1, * FROM unnest($2::varchar[], $3::varchar[])""")
                .execute(Tuple.of(caseId, idNumbers.toArray(String[]::new), relations.toArray(String[]::new))).replaceWithVoid();
    }

    /** Case number of the open case already holding a claim on one of these people. */
    public Uni<Optional<String>> openCaseNumberClaiming(SqlClient connection, Programme programme, List<String> idNumbers,
            UUID exceptCaseId) {
        return connection.preparedQuery("""
                SELECT c.case_number FROM open_case_claim o JOIN assistance_case c ON c.id = o.case_id
                 WHERE o.programme = $1 AND o.id_number = ANY($2) AND o.case_id <> $3 LIMIT 1""")
                .execute(Tuple.of(programme.name(), idNumbers.toArray(String[]::new), exceptCaseId))
                .map(rows -> Rows.first(rows, r -> r.getString(0)));
    }

    /** Claims the programme for every member of a case; returns how many of its members it now holds. */
    public Uni<Integer> claimMembers(SqlConnection connection, Programme programme, UUID caseId) {
        return connection.preparedQuery("""
                INSERT INTO open_case_claim (programme, id_number, case_id)
                SELECT $1, id_number, case_id FROM case_member WHERE case_id = $2
                ON CONFLICT (programme, id_number) DO NOTHING""")
                .execute(Tuple.of(programme.name(), caseId))
                .flatMap(ignored -> connection.preparedQuery("SELECT count(*) FROM open_case_claim WHERE case_id = $1")
                        .execute(Tuple.of(caseId)))
                .map(rows -> Rows.one(rows, r -> r.getInteger(0)));
    }

    public Uni<List<String>> memberIds(SqlClient connection, UUID caseId) {
        return connection.preparedQuery("SELECT id_number FROM case_member WHERE case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> Rows.all(rows, row -> row.getString(0)));
    }

    public Uni<Void> releaseClaims(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery("DELETE FROM open_case_claim WHERE case_id = $1").execute(Tuple.of(caseId)).replaceWithVoid();
    }

    public Uni<Optional<AssistanceCase>> find(SqlClient connection, UUID id) {
        return connection.preparedQuery(CASE_COLUMNS + "WHERE c.id = $1").execute(Tuple.of(id)).map(CaseRepository::first);
    }

    public Uni<Optional<AssistanceCase>> findVisible(UUID id, String idNumber) {
        return client.preparedQuery(CASE_COLUMNS + "WHERE c.id = $1 AND " + VISIBLE_TO).execute(Tuple.of(id, idNumber))
                .map(CaseRepository::first);
    }

    public Uni<Optional<AssistanceCase>> lockVisible(SqlConnection connection, UUID id, String idNumber) {
        return connection.preparedQuery(CASE_COLUMNS + "WHERE c.id = $1 AND " + VISIBLE_TO + " FOR UPDATE OF c")
                .execute(Tuple.of(id, idNumber)).map(CaseRepository::first);
    }

    /** Cases in a region (counties whose code starts with {@code regionPrefix}), newest first: by contact number. */
    public Uni<List<AssistanceCase>> findInRegionByContactMobile(String regionPrefix, String mobile, int limit) {
        return client.preparedQuery(CASE_COLUMNS + """
                WHERE c.contact_mobile = $1 AND starts_with(c.county_code, $2)
                ORDER BY c.submitted_at DESC LIMIT $3""").execute(Tuple.of(mobile, regionPrefix, limit)).map(CaseRepository::all);
    }

    /** Cases in a region where the person is a household member, newest first. */
    public Uni<List<AssistanceCase>> findInRegionByMember(String regionPrefix, String idNumber, int limit) {
        return client.preparedQuery(CASE_COLUMNS + """
                WHERE c.id IN (SELECT case_id FROM case_member WHERE id_number = $1) AND starts_with(c.county_code, $2)
                ORDER BY c.submitted_at DESC LIMIT $3""").execute(Tuple.of(idNumber, regionPrefix, limit)).map(CaseRepository::all);
    }

    public Uni<Optional<AssistanceCase>> findById(UUID id) {
        return find(client, id);
    }

    /** Approved cases and cases in payment of a programme in a county (assistance_case_in_payment_idx). */
    public Uni<List<AssistanceCase>> inPayment(SqlClient connection, String countyCode, Programme programme) {
        return connection.preparedQuery(CASE_COLUMNS + """
                WHERE c.county_code = $1 AND c.programme = $2 AND c.state IN ('APPROVED', 'IN_PAYMENT') ORDER BY c.id""")
                .execute(Tuple.of(countyCode, programme.name())).map(CaseRepository::all);
    }

    public Uni<Optional<AssistanceCase>> findByCaseNumber(String caseNumber) {
        return client.preparedQuery(CASE_COLUMNS + "WHERE c.case_number = $1").execute(Tuple.of(caseNumber)).map(CaseRepository::first);
    }

    /** The applicant's ID number and the contact number, which no ordinary field shows. */
    public Uni<Optional<String[]>> contact(UUID caseId) {
        return client.preparedQuery("SELECT applicant_id_number, contact_mobile FROM assistance_case WHERE id = $1")
                .execute(Tuple.of(caseId)).map(rows -> Rows.first(rows, r -> new String[] { r.getString(0), r.getString(1) }));
    }

    /** What the record of a read of the case's personal data keeps about it. */
    public Uni<Optional<DataSubject>> dataSubject(UUID caseId) {
        return client.preparedQuery(DATA_SUBJECT + "WHERE id = $1").execute(Tuple.of(caseId))
                .map(rows -> Rows.first(rows, CaseRepository::toDataSubject));
    }

    /** The same, for the case an application became, if it did. */
    public Uni<Optional<DataSubject>> dataSubjectOfApplication(UUID applicationId) {
        return client.preparedQuery(DATA_SUBJECT + "WHERE application_id = $1").execute(Tuple.of(applicationId))
                .map(rows -> Rows.first(rows, CaseRepository::toDataSubject));
    }

    private static DataSubject toDataSubject(Row r) {
        return DataSubject.ofCase(r.getUUID("id"), r.getString("case_number"), r.getString("county_code"),
                r.getString("region_code"), r.getString("assigned_office_code"), r.getString("applicant_id_number"));
    }

    public Uni<Optional<AssistanceCase>> findByApplication(UUID applicationId) {
        return client.preparedQuery(CASE_COLUMNS + "WHERE c.application_id = $1").execute(Tuple.of(applicationId))
                .map(CaseRepository::first);
    }

    /** A household's cases, newest first, keyset-paged on (submitted_at, id). */
    public Uni<List<AssistanceCase>> findVisibleTo(String idNumber, OffsetDateTime beforeSubmittedAt, UUID beforeId, int limit) {
        return client.preparedQuery(CASE_COLUMNS + """
                WHERE (c.owner_id_number = $1 OR c.id IN (SELECT case_id FROM case_member WHERE id_number = $1))
                  AND ($2::timestamptz IS NULL OR (c.submitted_at, c.id) < ($2, $3))
                ORDER BY c.submitted_at DESC, c.id DESC LIMIT $4""")
                .execute(Tuple.of(idNumber, beforeSubmittedAt, beforeId, limit)).map(CaseRepository::all);
    }

    /** Moves a case to a state (or keeps it there, for steps like a review), with the due date of what comes next. */
    public Uni<Void> moveTo(SqlConnection connection, UUID caseId, CaseState state, boolean closes, LocalDate dueOn) {
        return connection.preparedQuery("""
                UPDATE assistance_case SET state = $2, state_since = now(), version = version + 1,
                       closed_at = CASE WHEN $3 THEN now() ELSE NULL END, due_on = $4
                 WHERE id = $1""")
                .execute(Tuple.of(caseId, state.name(), closes, dueOn)).replaceWithVoid();
    }

    /**
     * Open cases whose stored due date is on or after {@code from} and whose current step started before {@code until}:
     * those whose working-day count may run through the year between, locked for the recount.
     */
    public Uni<List<AssistanceCase>> openDueInWindow(SqlConnection connection, LocalDate from, LocalDate until) {
        return connection.preparedQuery(CASE_COLUMNS + """
                 WHERE c.closed_at IS NULL AND c.due_on >= $1 AND c.state_since < ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
                 ORDER BY c.id FOR UPDATE""")
                .execute(Tuple.of(from, until)).map(CaseRepository::all);
    }

    /** A due date recounted over a new calendar; the case's version is unchanged (no step was taken). */
    public Uni<Void> setDueOn(SqlConnection connection, UUID caseId, LocalDate dueOn) {
        return connection.preparedQuery("UPDATE assistance_case SET due_on = $2 WHERE id = $1")
                .execute(Tuple.of(caseId, dueOn)).replaceWithVoid();
    }

    public Uni<Void> reassign(SqlConnection connection, UUID caseId, String officeCode, String countyCode, String explanation) {
        return connection.preparedQuery("""
                UPDATE assistance_case SET assigned_office_code = $2, county_code = $3, routing_explanation = $4 WHERE id = $1""")
                .execute(Tuple.of(caseId, officeCode, countyCode, explanation)).replaceWithVoid();
    }

    public Uni<Void> requireSpotCheck(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery("UPDATE assistance_case SET spot_check_required = true WHERE id = $1")
                .execute(Tuple.of(caseId)).replaceWithVoid();
    }

    /** A county's extreme-poverty cases sent for decision this year, and how many of them were drawn for a spot check. */
    public Uni<int[]> spotCheckTally(SqlClient connection, String countyCode, Programme programme, int year) {
        return connection.preparedQuery("""
                SELECT count(*) FILTER (WHERE c.spot_check_required), count(*)
                  FROM assistance_case c
                 WHERE c.county_code = $1 AND c.programme = $2 AND EXISTS (
                       SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.action = 'SEND_FOR_CONFIRMATION'
                          AND extract(year FROM e.occurred_at AT TIME ZONE 'Asia/Shanghai') = $3)""")
                .execute(Tuple.of(countyCode, programme.name(), year))
                .map(rows -> Rows.one(rows, r -> new int[] { r.getInteger(0), r.getInteger(1) }));
    }

    public Uni<Optional<AssistanceCase>> lock(SqlConnection connection, UUID id) {
        return connection.preparedQuery(CASE_COLUMNS + "WHERE c.id = $1 FOR UPDATE").execute(Tuple.of(id)).map(CaseRepository::first);
    }

    public Uni<CaseEvent> insertEvent(SqlConnection connection, UUID caseId, CaseAction action, CaseState from, CaseState to,
            Role actorRole, String actorSubject, String actorOffice, String actorLabel, String reason) {
        return connection.preparedQuery("""
                INSERT INTO case_event (case_id, action, from_state, to_state, actor_role, actor_subject, actor_office, actor_label, reason)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                RETURNING id, case_id, action, from_state, to_state, actor_role, actor_label, reason, occurred_at""")
                .execute(Tuple.from(java.util.Arrays.asList(caseId, action.name(), from == null ? null : from.name(), to.name(),
                        actorRole.group(), actorSubject, actorOffice, actorLabel, reason)))
                .map(rows -> Rows.one(rows, CaseRepository::toEvent));
    }

    public Uni<List<CaseEvent>> eventsOf(Collection<UUID> caseIds) {
        return client.preparedQuery(EVENT_COLUMNS + "WHERE case_id = ANY($1) ORDER BY id")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new))).map(rows -> Rows.all(rows, CaseRepository::toEvent));
    }

    public Uni<Optional<CaseEvent>> event(long id) {
        return client.preparedQuery(EVENT_COLUMNS + "WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> Rows.first(rows, CaseRepository::toEvent));
    }

    /** Tells listeners (subscriptions on any instance) after commit; PostgreSQL delivers NOTIFY only on commit. */
    public Uni<Void> notifyEvent(SqlConnection connection, CaseEvent event) {
        return connection.preparedQuery("SELECT pg_notify('case_event', $1)")
                .execute(Tuple.of(event.caseId() + ":" + event.id())).replaceWithVoid();
    }

    private static CaseEvent toEvent(Row row) {
        String from = row.getString("from_state");
        Role role = Role.ofGroup(row.getString("actor_role")).orElseThrow();
        CaseAction action = CaseAction.valueOf(row.getString("action"));
        return new CaseEvent(String.valueOf(row.getLong("id")), row.getUUID("case_id"), action, action.label(),
                from == null ? null : CaseState.valueOf(from), CaseState.valueOf(row.getString("to_state")),
                row.getString("actor_label"), row.getOffsetDateTime("occurred_at"), row.getString("reason"), null, null, false, role);
    }

    private static Optional<AssistanceCase> first(RowSet<Row> rows) {
        return Rows.first(rows, CaseRepository::toCase);
    }

    private static List<AssistanceCase> all(RowSet<Row> rows) {
        return Rows.all(rows, CaseRepository::toCase);
    }

    static AssistanceCase toCase(Row row) {
        return new AssistanceCase(row.getUUID("id"), row.getString("case_number"), row.getUUID("application_id"),
                Programme.valueOf(row.getString("programme")), CaseState.valueOf(row.getString("state")),
                row.getOffsetDateTime("state_since"), row.getOffsetDateTime("submitted_at"), row.getString("applicant_name"),
                row.getShort("household_size"), row.getString("region_code"), row.getBoolean("via_agent"),
                row.getBoolean("near_relative_flag"), row.getString("assigned_office_code"), row.getString("routing_explanation"),
                row.getLocalDate("due_on"), row.getBoolean("spot_check_required"), row.getInteger("version"),
                row.getString("owner_id_number"), row.getString("county_code"));
    }

    public record NewCase(UUID id, String caseNumber, UUID applicationId, Programme programme, String ownerIdNumber,
            String applicantIdNumber, String applicantName, int householdSize, String regionCode, String countyCode,
            OffsetDateTime submittedAt, boolean viaAgent, boolean nearRelativeFlag, String assignedOfficeCode,
            String routingExplanation, LocalDate dueOn, boolean unstableIncome, String contactMobile) {
    }
}
