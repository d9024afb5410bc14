package cn.jiuzhu.monitoring.repository;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.monitoring.AtRiskPersonInput;
import cn.jiuzhu.monitoring.MonitoringLayer;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The monitored_person view and the counties' at-risk lists (at_risk_person). */
@ApplicationScoped
public class MonitoredPopulationRepository {

    private final Pool client;

    public MonitoredPopulationRepository(Pool client) {
        this.client = client;
    }

    /** A county's people, each once in their first layer (MonitoringLayer's order), counted by layer. */
    public Uni<Map<MonitoringLayer, Integer>> countByLayer(String countyCode) {
        String[] order = Arrays.stream(MonitoringLayer.values()).map(Enum::name).toArray(String[]::new);
        return client.preparedQuery("""
                SELECT layer, count(*)::int AS persons
                  FROM (SELECT DISTINCT ON (id_number) id_number, layer FROM monitored_person WHERE county_code = $1
                         ORDER BY id_number, array_position($2::text[], layer)) first_layer
                 GROUP BY layer""").execute(Tuple.of(countyCode, order)).map(rows -> {
            Map<MonitoringLayer, Integer> counts = new EnumMap<>(MonitoringLayer.class);
            for (Row row : rows) {
                counts.put(MonitoringLayer.valueOf(row.getString("layer")), row.getInteger("persons"));
            }
            return counts;
        });
    }

    /** Adds the people not on the county's list yet, in one statement; returns how many were added. */
    public Uni<Integer> importList(String countyCode, List<AtRiskPersonInput> persons, String sourceReference, String importedBy) {
        UUID[] ids = persons.stream().map(p -> UUID.randomUUID()).toArray(UUID[]::new);
        String[] idNumbers = persons.stream().map(AtRiskPersonInput::idNumber).toArray(String[]::new);
        String[] names = persons.stream().map(AtRiskPersonInput::name).toArray(String[]::new);
        return client.preparedQuery("""
                INSERT INTO at_risk_person (id, county_code, id_number, name, source_reference, imported_by)
                SELECT p.id, $4, p.id_number, p.name, $5, $6 FROM unnest($1::uuid[], $2::varchar[], $3::varchar[]) AS p (id, id_number, name)
                ON CONFLICT (county_code, id_number) WHERE removed_at IS NULL DO NOTHING""")
                .execute(Tuple.of(ids, idNumbers, names, countyCode, sourceReference, importedBy)).map(result -> result.rowCount());
    }

    /** Takes a person off the county's list; false when they were not on it. */
    public Uni<Boolean> remove(String countyCode, String idNumber) {
        return client.preparedQuery("""
                UPDATE at_risk_person SET removed_at = now() WHERE county_code = $1 AND id_number = $2 AND removed_at IS NULL""")
                .execute(Tuple.of(countyCode, idNumber)).map(result -> result.rowCount() > 0);
    }
}
