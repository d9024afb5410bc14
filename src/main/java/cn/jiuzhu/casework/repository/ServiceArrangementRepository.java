package cn.jiuzhu.casework.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** case_service_arrangement: the services arranged on each case from its county's list; ended, never deleted. */
@ApplicationScoped
public class ServiceArrangementRepository {

    private static final String COLUMNS = """
            SELECT id, case_id, service_item_id, starts_on, ends_on, note, arranged_by_label, arranged_at, ended_at, end_reason
              FROM case_service_arrangement
            """;

    private final Pool client;

    public ServiceArrangementRepository(Pool client) {
        this.client = client;
    }

    /** {@code position}: its place in the request, which keeps the order the office entered. */
    public Uni<Void> insert(SqlConnection connection, UUID id, UUID caseId, UUID serviceItemId, LocalDate startsOn, LocalDate endsOn,
            String note, int position, Actor actor, String actorLabel) {
        return connection.preparedQuery("""
                INSERT INTO case_service_arrangement (id, case_id, service_item_id, starts_on, ends_on, note, position, arranged_by,
                                                      arranged_by_office, arranged_by_label)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""")
                .execute(Tuple.from(Arrays.asList(id, caseId, serviceItemId, startsOn, endsOn, note, (short) position, actor.subject(),
                        actor.officeCode(), actorLabel)))
                .replaceWithVoid();
    }

    /** The case's arrangements not ended by hand, on the step's connection. */
    public Uni<List<Arranged>> openOf(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery(COLUMNS + "WHERE case_id = $1 AND ended_at IS NULL").execute(Tuple.of(caseId))
                .map(rows -> Rows.all(rows, ServiceArrangementRepository::toArranged));
    }

    /** One arrangement of the case, locked, if it is the case's. */
    public Uni<Optional<Arranged>> lock(SqlConnection connection, UUID caseId, UUID id) {
        return connection.preparedQuery(COLUMNS + "WHERE id = $1 AND case_id = $2 FOR UPDATE").execute(Tuple.of(id, caseId))
                .map(rows -> Rows.first(rows, ServiceArrangementRepository::toArranged));
    }

    public Uni<Void> end(SqlConnection connection, UUID id, LocalDate endsOn, String reason, Actor actor, String actorLabel) {
        return connection.preparedQuery("""
                UPDATE case_service_arrangement SET ends_on = $2, end_reason = $3, ended_by = $4, ended_by_office = $5,
                       ended_by_label = $6, ended_at = now()
                 WHERE id = $1""")
                .execute(Tuple.from(Arrays.asList(id, endsOn, reason, actor.subject(), actor.officeCode(), actorLabel)))
                .replaceWithVoid();
    }

    /** Every arrangement of these cases, in the order they were made. */
    public Uni<List<Arranged>> of(Collection<UUID> caseIds) {
        return client.preparedQuery(COLUMNS + "WHERE case_id = ANY($1) ORDER BY arranged_at, position")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, ServiceArrangementRepository::toArranged));
    }

    private static Arranged toArranged(Row r) {
        return new Arranged(r.getUUID("id"), r.getUUID("case_id"), r.getUUID("service_item_id"), r.getLocalDate("starts_on"),
                r.getLocalDate("ends_on"), r.getString("note"), r.getString("arranged_by_label"), r.getOffsetDateTime("arranged_at"),
                r.getOffsetDateTime("ended_at") != null, r.getString("end_reason"));
    }

    /** An arrangement as stored: the entry it names is the service list's. */
    public record Arranged(UUID id, UUID caseId, UUID serviceItemId, LocalDate startsOn, LocalDate endsOn, String note,
            String arrangedBy, OffsetDateTime arrangedAt, boolean ended, String endReason) {
    }
}
