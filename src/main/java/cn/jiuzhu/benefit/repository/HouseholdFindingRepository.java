package cn.jiuzhu.benefit.repository;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiuzhu.benefit.Correction;
import cn.jiuzhu.benefit.FindingSource;
import cn.jiuzhu.benefit.FoundHousehold;
import cn.jiuzhu.benefit.HouseholdFinding;
import cn.jiuzhu.common.sql.Rows;
import cn.jiuzhu.identity.Actor;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** household_finding: each household as the office found it, with its corrections; the latest of a case counts. */
@ApplicationScoped
@RegisterForReflection(targets = FoundHousehold.class)
public class HouseholdFindingRepository {

    private static final String COLUMNS = """
            SELECT id, case_id, source, evidence, household::text AS household, corrections::text AS corrections,
                   recorded_by_label, recorded_at FROM household_finding""";
    private static final TypeReference<List<StoredCorrection>> CORRECTIONS = new TypeReference<>() {
    };

    private final Pool client;
    private final ObjectMapper json;

    public HouseholdFindingRepository(Pool client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    public Uni<Void> insert(SqlConnection connection, UUID caseId, FindingSource source, String evidence, FoundHousehold household,
            List<Correction> corrections, Actor actor, String actorLabel) {
        return connection.preparedQuery("""
                INSERT INTO household_finding (case_id, source, evidence, household, corrections, recorded_by, recorded_by_office,
                                               recorded_by_label)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .execute(Tuple.from(Arrays.asList(caseId, source.name(), evidence, new JsonObject(write(household)),
                        new JsonArray(write(corrections.stream().map(StoredCorrection::of).toList())), actor.subject(),
                        actor.officeCode(), actorLabel)))
                .replaceWithVoid();
    }

    /**
     * A revoked review's finding stops counting: the finding before it is recorded again as the latest, and {@code true}
     * returned; {@code false} when there was none before it (the household was as declared).
     */
    public Uni<Boolean> restoreBefore(SqlConnection connection, UUID caseId, long findingId) {
        return connection.preparedQuery("""
                INSERT INTO household_finding (case_id, source, evidence, household, corrections, recorded_by, recorded_by_office,
                                               recorded_by_label)
                SELECT case_id, source, evidence, household, corrections, recorded_by, recorded_by_office, recorded_by_label
                  FROM household_finding WHERE case_id = $1 AND id < $2 ORDER BY id DESC LIMIT 1""")
                .execute(Tuple.of(caseId, findingId)).map(Rows::changed);
    }

    /** The latest finding of a case, read in the caller's transaction. */
    public Uni<Optional<HouseholdFinding>> latest(SqlClient connection, UUID caseId) {
        return connection.preparedQuery(COLUMNS + " WHERE case_id = $1 ORDER BY id DESC LIMIT 1").execute(Tuple.of(caseId))
                .map(rows -> Rows.first(rows, this::toFinding));
    }

    /** The latest finding of each of these cases that has one. */
    public Uni<List<HouseholdFinding>> latestOf(Collection<UUID> caseIds) {
        return client.preparedQuery("SELECT DISTINCT ON (case_id) * FROM (" + COLUMNS + " WHERE case_id = ANY($1)) f "
                + "ORDER BY case_id, id DESC").execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, this::toFinding));
    }

    /** Stored without the API's label, which is derived from the source. */
    @RegisterForReflection
    record StoredCorrection(String key, String figure, String declared, String verified, FindingSource source, String evidence) {

        static StoredCorrection of(Correction c) {
            return new StoredCorrection(c.key(), c.figure(), c.declared(), c.verified(), c.source(), c.evidence());
        }

        Correction toCorrection() {
            return new Correction(figure, declared, verified, source, source.label(), evidence, key);
        }
    }

    private HouseholdFinding toFinding(Row row) {
        try {
            List<Correction> corrections = json.readValue(row.getString("corrections"), CORRECTIONS).stream()
                    .map(StoredCorrection::toCorrection).toList();
            return new HouseholdFinding(row.getLong("id"), row.getUUID("case_id"), FindingSource.valueOf(row.getString("source")),
                    row.getString("evidence"), json.readValue(row.getString("household"), FoundHousehold.class), corrections,
                    row.getString("recorded_by_label"), row.getOffsetDateTime("recorded_at"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored household finding is unreadable: " + row.getLong("id"), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write household finding", e);
        }
    }
}
