package cn.jiuzhu.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every database has the villages and urban communities from its first start: nobody loads them by hand (decision 0023). */
@QuarkusTest
class VillagesTest {

    @Test
    void aFreshDatabaseHasEveryVillageAndCommunityUnderItsTownship() {
        assertThat(Sql.count("SELECT count(*) FROM region WHERE level = 'VILLAGE'")).isEqualTo(620_573);
        assertThat(Sql.count("""
                SELECT count(*) FROM region v JOIN region t ON t.code = v.parent_code
                 WHERE v.level = 'VILLAGE' AND t.level = 'TOWNSHIP' AND starts_with(v.code, t.code)""")).isEqualTo(620_573);
        assertThat(Sql.count("SELECT count(DISTINCT parent_code) FROM region WHERE level = 'VILLAGE'")).isEqualTo(41_352);
    }

    @Test
    void aCommunityOfHubeiRoadStreetResolvesWithItsNameAndParent() {
        JsonPath r = GraphQL.query("""
                { region(code: "410305001001") { code name level urbanRural parentCode parent { code name }
                    ancestors { name } } }""");
        assertThat(r.getString("data.region.name")).isEqualTo("唐村社区居民委员会");
        assertThat(r.getString("data.region.level")).isEqualTo("VILLAGE");
        assertThat(r.getString("data.region.urbanRural")).isEqualTo("URBAN");
        assertThat(r.getString("data.region.parentCode")).isEqualTo("410305001");
        assertThat(r.getString("data.region.parent.name")).isEqualTo("湖北路街道");
        assertThat(r.getList("data.region.ancestors.name")).containsExactly("河南省", "洛阳市", "涧西区", "湖北路街道");
    }

    @Test
    void theStreetListsItsSevenCommunitiesAndAVillageOfAnotherCountyIsRural() {
        JsonPath street = GraphQL.query("{ region(code: \"410305001\") { children { code name } } }");
        assertThat(street.getList("data.region.children.code")).containsExactly("410305001001", "410305001002", "410305001003",
                "410305001004", "410305001005", "410305001006", "410305001007");
        assertThat(street.getString("data.region.children[6].name")).isEqualTo("上海市场社区居民委员会");

        JsonPath village = GraphQL.query("{ region(code: \"410323101201\") { name urbanRural parent { name } } }");
        assertThat(village.getString("data.region.name")).isEqualTo("磨五村村民委员会");
        assertThat(village.getString("data.region.urbanRural")).isEqualTo("RURAL");
        assertThat(village.getString("data.region.parent.name")).isEqualTo("石寺镇");
    }
}
