package cn.jiuzhu.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.FreshDatabase;
import cn.jiuzhu.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RegionGraphQLTest {

    @ConfigProperty(name = "jiuzhu.test.database")
    String database;

    @Test
    void shipsTheNationalDivisionsDownToVillages() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (var c = FreshDatabase.connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT level, count(*) FROM region GROUP BY level")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(
                Map.of("PROVINCE", 31, "CITY", 342, "COUNTY", 2978, "TOWNSHIP", 41352, "VILLAGE", 620573));
    }

    @Test
    void jianxiDistrictIsACountyUnderLuoyang() {
        JsonPath r = GraphQL.query("""
                { region(code: "4103") { code name level children { code name level parentCode } } }""");
        assertThat(r.getString("data.region.name")).isEqualTo("洛阳市");
        assertThat(r.getString("data.region.level")).isEqualTo("CITY");
        List<Map<String, Object>> children = r.getList("data.region.children");
        assertThat(children).contains(Map.of("code", "410305", "name", "涧西区", "level", "COUNTY", "parentCode", "4103"));
        assertThat(children).extracting(c -> c.get("code")).contains("410302", "410311", "410329").hasSize(15);
    }

    @Test
    void ancestorsAndParentOfAStreet() {
        JsonPath r = GraphQL.query("""
                { region(code: "410305001") { name townshipKind urbanRural parent { name }
                    ancestors { code name level } } }""");
        assertThat(r.getString("data.region.name")).isEqualTo("湖北路街道");
        assertThat(r.getString("data.region.townshipKind")).isEqualTo("STREET");
        assertThat(r.getString("data.region.urbanRural")).isNull();
        assertThat(r.getString("data.region.parent.name")).isEqualTo("涧西区");
        assertThat(r.getList("data.region.ancestors.name")).containsExactly("河南省", "洛阳市", "涧西区");
    }

    @Test
    void thirtyOneProvincesStartThePicker() {
        JsonPath r = GraphQL.query("{ provinces { code name parentCode } }");
        assertThat(r.getList("data.provinces")).hasSize(31);
        assertThat(r.getList("data.provinces.name")).contains("北京市", "河南省", "新疆维吾尔自治区");
        assertThat(r.getList("data.provinces.parentCode")).containsOnlyNulls();
    }

    @Test
    void batchedFieldsAnswerForEveryRegionInTheList() {
        JsonPath r = GraphQL.query("""
                { provinces { code children { code } ancestors { code } } }""");
        List<Map<String, Object>> provinces = r.getList("data.provinces");
        Map<String, Object> henan = provinces.stream().filter(p -> p.get("code").equals("41")).findFirst().orElseThrow();
        assertThat((List<?>) henan.get("children")).hasSize(18); // 17 cities and 济源 (4190)
        assertThat(provinces).allSatisfy(p -> assertThat((List<?>) p.get("ancestors")).isEmpty());
        assertThat(provinces).allSatisfy(p -> assertThat((List<?>) p.get("children")).isNotEmpty());
    }

    @Test
    void searchFindsByPartOfTheNameDivisionBeforeItsStreets() {
        // "涧西" alone finds 涧西村 in Shanxi first: matches come in code order, villages included.
        JsonPath r = GraphQL.query("""
                { searchRegions(name: "涧西区", first: 5) { nodes { code name level } pageInfo { hasNextPage endCursor } } }""");
        assertThat(r.getString("data.searchRegions.nodes[0].code")).isEqualTo("410305");
        assertThat(r.getList("data.searchRegions.nodes.name")).allSatisfy(n -> assertThat(n.toString()).contains("涧西"));

        JsonPath counties = GraphQL.query("""
                { searchRegions(name: "西区", level: COUNTY, first: 100) { nodes { code name level } } }""");
        assertThat(counties.getList("data.searchRegions.nodes.level")).containsOnly("COUNTY");
        assertThat(counties.getList("data.searchRegions.nodes.code")).contains("410305");
    }

    @Test
    void searchPagesWalkEveryMatchOnceInOrder() {
        String query = """
                query($after: String) { searchRegions(name: "路街道", first: 50, after: $after) {
                    nodes { code } pageInfo { hasNextPage endCursor } } }""";
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.query(query, variables);
            seen.addAll(page.getList("data.searchRegions.nodes.code"));
            after = page.getBoolean("data.searchRegions.pageInfo.hasNextPage")
                    ? page.getString("data.searchRegions.pageInfo.endCursor") : null;
            pages++;
        } while (after != null && pages < 100);
        assertThat(pages).isGreaterThan(2);
        assertThat(seen).doesNotHaveDuplicates().isSorted().contains("410305001");
    }

    @Test
    void unknownCodeIsNullAndMalformedCodeIsACodedError() {
        assertThat(GraphQL.query("{ region(code: \"999999\") { name } }").getString("data.region")).isNull();

        JsonPath bad = GraphQL.query("{ region(code: \"41x\") { name } }");
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("REGION_CODE_INVALID");
        assertThat(bad.getString("errors[0].message")).contains("地区代码不正确");
    }

    @Test
    void searchRefusesAnEmptyNameAndABadPageSize() {
        assertThat(GraphQL.query("{ searchRegions(name: \"  \") { nodes { code } } }")
                .getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        JsonPath tooMany = GraphQL.query("{ searchRegions(name: \"洛阳\", first: 1000) { nodes { code } } }");
        assertThat(tooMany.getString("errors[0].extensions.code")).isEqualTo("PAGE_SIZE_INVALID");
        assertThat(tooMany.getString("errors[0].message")).contains("100");
        assertThat(GraphQL.query("{ searchRegions(name: \"洛阳\", after: \"???\") { nodes { code } } }")
                .getString("errors[0].extensions.code")).isEqualTo("CURSOR_INVALID");
    }
}
