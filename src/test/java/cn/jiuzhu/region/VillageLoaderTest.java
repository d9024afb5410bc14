package cn.jiuzhu.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.FreshDatabase;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The documented command that loads a newer list of villages over the shipped one (decision 0023), run against this
 * run's database with a small file of the same format: it updates in place and never duplicates.
 */
@QuarkusTest
class VillageLoaderTest {

    @ConfigProperty(name = "jiuzhu.test.database")
    String database;

    @Test
    void loadsAFileOverTheShippedVillagesSkippingUnknownTownshipsAndIsIdempotent() throws Exception {
        String firstRun = load();
        assertThat(firstRun).contains("4 in file, 3 loaded, 1 skipped");
        assertThat(load()).as("second run").contains("3 loaded");
        assertThat(Sql.count("SELECT count(*) FROM region WHERE level = 'VILLAGE'")).as("no duplicates").isEqualTo(620_573);

        JsonPath street = GraphQL.query("""
                { region(code: "410305001") { children { code name level urbanRural parentCode } } }""");
        List<String> codes = street.getList("data.region.children.code");
        assertThat(codes).hasSize(7).startsWith("410305001001", "410305001002");
        assertThat(street.getList("data.region.children.urbanRural")).containsOnly("URBAN");
        assertThat(street.getList("data.region.children.level")).containsOnly("VILLAGE");

        JsonPath village = GraphQL.query("""
                { region(code: "410323101201") { name urbanRural ancestors { name } } }""");
        assertThat(village.getString("data.region.name")).isEqualTo("磨五村村民委员会");
        assertThat(village.getString("data.region.urbanRural")).isEqualTo("RURAL");
        assertThat(village.getList("data.region.ancestors.name")).containsExactly("河南省", "洛阳市", "新安县", "石寺镇");

        assertThat(GraphQL.query("{ region(code: \"999999999001\") { name } }").getString("data.region")).isNull();
    }

    private String load() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("deploy/regions/load-villages.sh",
                Path.of("src/test/resources/regions/villages-sample.csv").toAbsolutePath().toString())
                .redirectErrorStream(true);
        builder.environment().putAll(FreshDatabase.psqlEnvironment(database));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
