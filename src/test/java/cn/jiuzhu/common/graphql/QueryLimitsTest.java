package cn.jiuzhu.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A query is priced before it runs, against a lower budget without a token; over budget it does not run. */
@QuarkusTest
class QueryLimitsTest {

    private static final String WHOLE_TREE = "{ provinces { children { children { children { code name } } } } }";
    private static final String DOWN_TO_COUNTIES = "{ provinces { children { children { code name } } } }";

    private final String resident = Tokens.resident(Tokens.RESIDENT_ID);

    @Test
    void theWholeDivisionTreeWithoutATokenIsRefusedBeforeItRuns() {
        JsonPath r = GraphQL.query(WHOLE_TREE);
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(r.getString("errors[0].message")).isEqualTo("这次查询的内容太多，请分几次查询。");
        assertThat(r.getMap("errors[0].extensions.details")).containsEntry("reason", "COST_OVER_BUDGET")
                .containsEntry("cost", 1_777_913).containsEntry("limit", 5_000).containsEntry("anonymous", true)
                .containsEntry("costliestPath", "provinces.children.children.children.code");
        assertThat(r.getString("data")).isNull();
    }

    @Test
    void aTokenRaisesTheBudgetButNotToTheWholeTree() {
        JsonPath r = GraphQL.asUser(resident, WHOLE_TREE);
        assertThat(r.getMap("errors[0].extensions.details")).containsEntry("reason", "COST_OVER_BUDGET")
                .containsEntry("limit", 40_000).containsEntry("anonymous", false);
        assertThat(r.getString("data")).isNull();
    }

    @Test
    void countiesOfEveryProvinceNeedAToken() {
        assertThat(GraphQL.query(DOWN_TO_COUNTIES).getMap("errors[0].extensions.details"))
                .containsEntry("cost", 34_535).containsEntry("limit", 5_000);
        JsonPath signedIn = GraphQL.asUser(resident, DOWN_TO_COUNTIES);
        assertThat(signedIn.getString("errors")).isNull();
        assertThat(signedIn.getList("data.provinces.children.children.code").stream()
                .mapToInt(cities -> ((java.util.List<?>) cities).stream().mapToInt(c -> ((java.util.List<?>) c).size()).sum()).sum())
                .isEqualTo(2978);
    }

    @Test
    void theLevelOfTheRegionAskedForSetsTheBoundOfItsChildren() {
        String twoLevelsDown = "query Down($code: String!) { region(code: $code) { children { children { code } } } }";
        JsonPath province = GraphQL.query(twoLevelsDown, Map.of("code", "41"));
        assertThat(province.getString("errors")).isNull();
        assertThat(province.getList("data.region.children.code")).isNotEmpty();
        JsonPath county = GraphQL.query(twoLevelsDown, Map.of("code", "410305"));
        assertThat(county.getMap("errors[0].extensions.details")).containsEntry("cost", 1 + 1 + 52 + 52 * 170)
                .containsEntry("costliestPath", "region.children.children.code");
    }

    @Test
    void everyAliasCountsAgain() {
        String once = "a0: region(code: \"41\") { children { children { code } } } ";
        assertThat(GraphQL.query("{ " + once + " }").getString("errors")).isNull();
        StringBuilder tenTimes = new StringBuilder("{ ");
        for (int i = 0; i < 10; i++) {
            tenTimes.append(once.replace("a0", "a" + i));
        }
        JsonPath r = GraphQL.query(tenTimes.append("}").toString());
        assertThat(r.getMap("errors[0].extensions.details")).containsEntry("cost", 10 * (1 + 1 + 21 + 21 * 26));
    }

    @Test
    void theTypenameClientsAddStillWorks() {
        JsonPath r = GraphQL.query("{ region(code: \"41\") { __typename name children { __typename code } } }");
        assertThat(r.getString("data.region.__typename")).isEqualTo("Region");
        assertThat(r.getString("data.region.children[0].__typename")).isEqualTo("Region");
    }
}
