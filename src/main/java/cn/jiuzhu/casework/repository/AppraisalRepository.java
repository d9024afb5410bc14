package cn.jiuzhu.casework.repository;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.record.Appraisal;
import cn.jiuzhu.casework.record.ObjectionSource;
import cn.jiuzhu.casework.record.PublicityObjection;
import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * SQL for objections made during publicity and the democratic appraisals (民主评议) held on a case. Writes take the
 * connection of the step's transaction (the case is locked there); batched reads take a list of cases. No rules here:
 * see AppraisalRules, Preconditions and StepRecords.
 */
@ApplicationScoped
public class AppraisalRepository {

    private final Pool client;

    public AppraisalRepository(Pool client) {
        this.client = client;
    }

    public Uni<Void> insertObjection(SqlConnection connection, UUID caseId, ObjectionSource source, UUID workOrderId,
            String content, LocalDate receivedOn, Actor actor, String actorLabel) {
        return connection.preparedQuery("""
                INSERT INTO case_publicity_objection (case_id, source, work_order_id, content, received_on, recorded_by,
                                                      recorded_by_office, recorded_by_label)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .execute(Tuple.from(Arrays.asList(caseId, source.name(), workOrderId, content, receivedOn, actor.subject(),
                        actor.officeCode(), actorLabel)))
                .replaceWithVoid();
    }

    /** The case's objections still open, oldest first (case_publicity_objection_open_idx). */
    public Uni<List<Long>> openObjections(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery("SELECT id FROM case_publicity_objection WHERE case_id = $1 AND answered_at IS NULL ORDER BY id")
                .execute(Tuple.of(caseId)).map(rows -> Rows.all(rows, r -> r.getLong(0)));
    }

    /** Answers the objections given with the step that ended their publicity; returns them as answered. */
    public Uni<List<PublicityObjection>> answer(SqlConnection connection, List<Long> ids, CaseAction action, String answer) {
        return connection.preparedQuery("""
                UPDATE case_publicity_objection SET answered_by_action = $2, answer = $3, answered_at = now()
                 WHERE id = ANY($1)
                RETURNING case_id, source, work_order_id, content, received_on, recorded_by_label, recorded_at,
                          answered_by_action, answer, answered_at""")
                .execute(Tuple.of(ids.toArray(Long[]::new), action.name(), answer))
                .map(rows -> Rows.all(rows, AppraisalRepository::toObjection));
    }

    public Uni<Void> insertAppraisal(SqlConnection connection, UUID caseId, LocalDate heldOn, int participants, String opinion,
            int caseVersion, Actor actor, String actorLabel) {
        return connection.preparedQuery("""
                INSERT INTO case_appraisal (case_id, held_on, participants, opinion, case_version, recorded_by,
                                            recorded_by_office, recorded_by_label)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .execute(Tuple.from(Arrays.asList(caseId, heldOn, (short) participants, opinion, caseVersion, actor.subject(),
                        actor.officeCode(), actorLabel)))
                .replaceWithVoid();
    }

    public Uni<List<PublicityObjection>> objectionsOf(Collection<UUID> caseIds) {
        return client.preparedQuery("""
                SELECT case_id, source, work_order_id, content, received_on, recorded_by_label, recorded_at,
                       answered_by_action, answer, answered_at
                  FROM case_publicity_objection WHERE case_id = ANY($1) ORDER BY id""")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, AppraisalRepository::toObjection));
    }

    public Uni<List<Appraisal>> appraisalsOf(Collection<UUID> caseIds) {
        return client.preparedQuery("""
                SELECT case_id, held_on, participants, opinion, recorded_by_label, recorded_at
                  FROM case_appraisal WHERE case_id = ANY($1) ORDER BY id""")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, r -> new Appraisal(r.getLocalDate("held_on"), r.getShort("participants"),
                        r.getString("opinion"), r.getString("recorded_by_label"), r.getOffsetDateTime("recorded_at"),
                        r.getUUID("case_id"))));
    }

    private static PublicityObjection toObjection(Row r) {
        ObjectionSource source = ObjectionSource.valueOf(r.getString("source"));
        String answeredBy = r.getString("answered_by_action");
        return new PublicityObjection(source, source.label(), r.getUUID("work_order_id"), r.getString("content"),
                r.getLocalDate("received_on"), r.getString("recorded_by_label"), r.getOffsetDateTime("recorded_at"),
                answeredBy == null ? null : CaseAction.valueOf(answeredBy), r.getString("answer"), r.getOffsetDateTime("answered_at"),
                r.getUUID("case_id"));
    }
}
