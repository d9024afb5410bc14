package cn.jiuzhu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.FreshDatabase;

/** Unmaskings recorded before the audit capability existed are in its record after V17, and the old table is gone. */
class UnmaskAuditMigrationTest {

    private static final String DEMO_CASE = "00000000-0000-4000-8000-000000000101";

    @Test
    void earlierUnmaskingsAreCopiedWithTheCaseAndOfficeAndTheOldTableDropped() throws Exception {
        String database = FreshDatabase.createScratch("unmaskaudit");
        try {
            migrate(database, MigrationVersion.fromVersion("16"));
            try (Connection c = FreshDatabase.connect(database); Statement s = c.createStatement()) {
                s.execute("INSERT INTO unmask_audit (case_id, fields, reason, actor_role, actor_subject, actor_office, unmasked_at) "
                        + "VALUES ('" + DEMO_CASE + "', 'ID_NUMBER,MOBILE_NUMBER', '回拨核实', 'hotline_operator', 'op-1', "
                        + "'4103-12345', '2026-11-20T09:30:00+08')");
            }
            migrate(database, MigrationVersion.LATEST);
            try (Connection c = FreshDatabase.connect(database); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("""
                        SELECT accessed_at = '2026-11-20T09:30:00+08', actor_role, actor_subject, actor_office_code,
                               actor_office_name, actor_office_region_code, kind, array_to_string(fields, ','), case_number,
                               case_county_code, case_office_code, subject_masked_id_number, reason, outcome, refusal_code
                          FROM personal_data_access""")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBoolean(1)).isTrue();
                    StringBuilder row = new StringBuilder();
                    for (int i = 2; i <= 15; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    assertThat(row).hasToString("hotline_operator|op-1|4103-12345|洛阳市12345政务服务便民热线|4103|CASE_CONTACT|"
                            + "ID_NUMBER,MOBILE_NUMBER|DB-410305-2026-90001|410305|410305001|110***********002X|回拨核实|SHOWN|null|");
                    assertThat(rs.next()).isFalse();
                }
                try (ResultSet rs = s.executeQuery("SELECT to_regclass('unmask_audit') IS NULL")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                }
            }
        } finally {
            FreshDatabase.drop(database);
        }
    }

    private static void migrate(String database, MigrationVersion target) {
        Flyway.configure()
                .dataSource(FreshDatabase.jdbcUrl(database), FreshDatabase.user(), FreshDatabase.password())
                .locations("classpath:db/migration", "classpath:db/demo", "classpath:db/demo-dev")
                .target(target)
                .load().migrate();
    }
}
