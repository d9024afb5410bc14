package cn.jiuzhu.casework.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiuzhu.testsupport.FreshDatabase;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each worklist statement, exactly as WorklistRepository runs it, is planned by PostgreSQL as an
 * ordered range scan of its index: the rows come out of the index in queue order straight into a
 * LIMIT, the cursor is part of the index condition (a seek, not a filter), and nothing sorts the
 * table. Sequential scans are switched off because this run's database is small enough for one to
 * win; docs/worklist-query-plans.md shows the same plans on 200,000 cases. Both the plan for the
 * given values and the generic plan PostgreSQL reuses for a prepared statement are checked.
 */
@QuarkusTest
class WorklistQueryPlanTest {

    private static final String FIRST_PAGE = "'-infinity', '" + WorklistRepository.NO_ID + "', 21";
    private static final String LATER_PAGE = "'2026-11-20', 'c0ffee00-0000-4000-8000-000000000000', 21";

    static Stream<Arguments> statements() {
        List<Arguments> all = new ArrayList<>();
        for (String planMode : List.of("force_custom_plan", "force_generic_plan")) {
            for (String page : List.of(FIRST_PAGE, LATER_PAGE)) {
                all.add(Arguments.of("office queue", WorklistRepository.OFFICE_QUEUE,
                        "'410305001', '{SUBMITTED,ACCEPTED,INVESTIGATING,IN_PAYMENT}', " + page,
                        "assistance_case_office_worklist_idx", planMode));
                all.add(Arguments.of("county queue", WorklistRepository.COUNTY_QUEUE,
                        "'410305', '{INVESTIGATING,CONFIRMATION,REFUSAL_OBJECTED,APPROVED}', " + page,
                        "assistance_case_county_worklist_idx", planMode));
                all.add(Arguments.of("overdue cases", WorklistRepository.OVERDUE, "'410305', '2026-11-22', " + page,
                        "assistance_case_county_overdue_idx", planMode));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} ({4}): {2}")
    @MethodSource("statements")
    void eachPageIsAnOrderedRangeOfItsIndex(String name, String sql, String arguments, String index, String planMode) throws Exception {
        JsonNode plan = explain(sql, arguments, planMode);

        List<Node> scans = nodes(plan, null).stream().filter(n -> "assistance_case".equals(n.plan().path("Relation Name").asText()))
                .toList();
        assertThat(scans).as(plan.toPrettyString()).isNotEmpty();
        for (Node scan : scans) {
            assertThat(scan.plan().path("Node Type").asText()).as(plan.toPrettyString()).isEqualTo("Index Scan");
            assertThat(scan.plan().path("Index Name").asText()).as(plan.toPrettyString()).isEqualTo(index);
            assertThat(scan.plan().path("Index Cond").asText()).as("the cursor is a seek in the index").contains("ROW(");
            assertThat(scan.plan().has("Filter")).as("no row is read to be thrown away: %s", plan.toPrettyString()).isFalse();
            assertThat(scan.parent()).as(plan.toPrettyString()).isNotNull();
            assertThat(scan.parent().path("Node Type").asText()).as("index order feeds the limit: %s", plan.toPrettyString())
                    .isEqualTo("Limit");
        }
        assertThat(nodes(plan, null)).as("no Sort over the table: %s", plan.toPrettyString())
                .noneMatch(n -> n.plan().path("Node Type").asText().equals("Sort") && unboundedScanBelow(n.plan()));
    }

    private static JsonNode explain(String sql, String arguments, String planMode) throws Exception {
        String database = ConfigProvider.getConfig().getValue("jiuzhu.test.database", String.class);
        try (Connection c = FreshDatabase.connect(database); Statement s = c.createStatement()) {
            // Fresh statistics, so the plan does not depend on when autovacuum last ran during the suite;
            // sequential and bitmap scans off, so what is left is whether an index serves the order.
            s.execute("ANALYZE assistance_case");
            s.execute("SET enable_seqscan = off");
            s.execute("SET enable_bitmapscan = off");
            s.execute("SET plan_cache_mode = " + planMode);
            s.execute("PREPARE worklist AS " + sql);
            try (ResultSet rs = s.executeQuery("EXPLAIN (FORMAT JSON) EXECUTE worklist(" + arguments + ")")) {
                rs.next();
                return new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
            }
        }
    }

    /** Whether rows of the table reach this node without passing a LIMIT on the way up. */
    private static boolean unboundedScanBelow(JsonNode plan) {
        for (JsonNode child : plan.path("Plans")) {
            if ("assistance_case".equals(child.path("Relation Name").asText())) {
                return true;
            }
            if (!"Limit".equals(child.path("Node Type").asText()) && unboundedScanBelow(child)) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> nodes(JsonNode plan, JsonNode parent) {
        List<Node> all = new ArrayList<>();
        all.add(new Node(plan, parent));
        for (JsonNode child : plan.path("Plans")) {
            all.addAll(nodes(child, plan));
        }
        return all;
    }

    private record Node(JsonNode plan, JsonNode parent) {
    }
}
