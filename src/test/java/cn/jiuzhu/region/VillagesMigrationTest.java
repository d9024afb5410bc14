package cn.jiuzhu.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jiuzhu.testsupport.FreshDatabase;

/**
 * A deployment that loaded villages by hand before they were shipped (deploy/regions/load-villages.sh) migrates
 * without failing or duplicating: its villages take the shipped names and the missing ones are added.
 */
class VillagesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseThatLoadedVillagesByHandEndsWithTheShippedListOnce() throws Exception {
        String database = FreshDatabase.createScratch("villages");
        try {
            migrate(database, MigrationVersion.fromVersion("18"));
            Path csv = dir.resolve("villages.csv");
            Files.writeString(csv, """
                    code,name,streetCode,provinceCode,cityCode,areaCode
                    410305001001,"唐村居委会",410305001,41,4103,410305
                    410323101201,"磨五村村民委员会",410323101,41,4103,410323
                    """, StandardCharsets.UTF_8);
            assertThat(loadByHand(database, csv)).contains("2 in file, 2 loaded, 0 skipped");
            assertThat(text(database, "SELECT count(*) FROM region WHERE level = 'VILLAGE'")).isEqualTo("2");

            migrate(database, MigrationVersion.LATEST);

            assertThat(text(database, "SELECT count(*) FROM region WHERE level = 'VILLAGE'")).isEqualTo("620573");
            assertThat(text(database, "SELECT name FROM region WHERE code = '410305001001'")).isEqualTo("唐村社区居民委员会");
            assertThat(text(database, "SELECT name || '|' || parent_code FROM region WHERE code = '410323101201'"))
                    .isEqualTo("磨五村村民委员会|410323101");
            assertThat(text(database, "SELECT count(*) FROM pg_indexes WHERE tablename = 'region'")).isEqualTo("3");
        } finally {
            FreshDatabase.drop(database);
        }
    }

    private static void migrate(String database, MigrationVersion target) {
        Flyway.configure()
                .dataSource(FreshDatabase.jdbcUrl(database), FreshDatabase.user(), FreshDatabase.password())
                .locations("classpath:db/migration")
                .target(target)
                .load().migrate();
    }

    private static String loadByHand(String database, Path csv) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("deploy/regions/load-villages.sh", csv.toString()).redirectErrorStream(true);
        builder.environment().putAll(FreshDatabase.psqlEnvironment(database));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String text(String database, String sql) throws Exception {
        try (Connection c = FreshDatabase.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
