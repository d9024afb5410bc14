package cn.jiuzhu.benefit.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.benefit.BenefitPeriod;
import cn.jiuzhu.benefit.Trace;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** case_benefit_period: one row per case and month from which its amount changes. */
@ApplicationScoped
public class BenefitRepository {

    private final Pool client;

    public BenefitRepository(Pool client) {
        this.client = client;
    }

    public record StoredPeriod(UUID caseId, LocalDate fromMonth, BigDecimal monthlyAmount, BenefitPeriod.Reason reason,
            UUID standardId, int householdSize, Trace trace) {
    }

    /** A recomputation for the same month replaces the earlier one: the latest accepted standard for that month wins. */
    public Uni<Void> upsert(SqlConnection connection, StoredPeriod p) {
        return connection.preparedQuery("""
                INSERT INTO case_benefit_period (case_id, from_month, monthly_amount, standard_id, reason, household_size, trace)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (case_id, from_month) DO UPDATE
                   SET monthly_amount = EXCLUDED.monthly_amount, standard_id = EXCLUDED.standard_id, reason = EXCLUDED.reason,
                       household_size = EXCLUDED.household_size, trace = EXCLUDED.trace, recorded_at = now()""")
                .execute(Tuple.from(List.of(p.caseId(), p.fromMonth(), p.monthlyAmount(), p.standardId(), p.reason().name(),
                        p.householdSize(), toJson(p.trace()))))
                .replaceWithVoid();
    }

    /** Periods from a month on are withdrawn: a review changed the household they were computed for, or was revoked. */
    public Uni<Void> deleteFrom(SqlConnection connection, UUID caseId, LocalDate fromMonth) {
        return connection.preparedQuery("DELETE FROM case_benefit_period WHERE case_id = $1 AND from_month >= $2")
                .execute(Tuple.of(caseId, fromMonth)).replaceWithVoid();
    }

    /** Periods of these cases, oldest first per case. */
    public Uni<List<StoredPeriod>> periodsOf(List<UUID> caseIds) {
        return client.preparedQuery("""
                SELECT case_id, from_month, monthly_amount, reason, standard_id, household_size, trace
                  FROM case_benefit_period WHERE case_id = ANY($1) ORDER BY case_id, from_month""")
                .execute(Tuple.of(caseIds.toArray(UUID[]::new)))
                .map(rows -> {
                    List<StoredPeriod> found = new ArrayList<>();
                    rows.forEach(r -> found.add(new StoredPeriod(r.getUUID("case_id"), r.getLocalDate("from_month"),
                            r.getBigDecimal("monthly_amount"), BenefitPeriod.Reason.valueOf(r.getString("reason")),
                            r.getUUID("standard_id"), r.getInteger("household_size"), fromJson((JsonArray) r.getValue("trace")))));
                    return found;
                });
    }

    static JsonArray toJson(Trace trace) {
        JsonArray steps = new JsonArray();
        trace.steps().forEach(s -> steps.add(new JsonObject().put("rule", s.rule()).put("description", s.description())
                .put("inputs", inputs(s.inputs())).put("result", s.result())));
        return steps;
    }

    /** As a list of name/value pairs, since jsonb does not keep the order of an object's keys. */
    private static JsonArray inputs(Map<String, String> inputs) {
        JsonArray named = new JsonArray();
        inputs.forEach((name, value) -> named.add(new JsonObject().put("name", name).put("value", value)));
        return named;
    }

    static Trace fromJson(JsonArray steps) {
        List<Trace.Step> found = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonObject s = steps.getJsonObject(i);
            Map<String, String> inputs = new LinkedHashMap<>();
            JsonArray named = s.getJsonArray("inputs");
            for (int j = 0; j < named.size(); j++) {
                inputs.put(named.getJsonObject(j).getString("name"), named.getJsonObject(j).getString("value"));
            }
            found.add(new Trace.Step(s.getString("rule"), s.getString("description"), inputs, s.getString("result")));
        }
        return new Trace(found);
    }
}
