package cn.jiuzhu.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.FreshDatabase;

/**
 * The development profile's migrations (schema + demo offices + the demo resident's case) apply to an
 * empty database, as `bin/dev` on a new machine does. Tests run without the dev-only demo, so without
 * this a schema change could break command 1 unnoticed.
 */
class DevDemoDataTest {

    @Test
    void devMigrationsApplyToAnEmptyDatabaseAndGiveTheDemoResidentACase() throws Exception {
        String database = FreshDatabase.createScratch("devdemo");
        try {
            Flyway.configure()
                    .dataSource(FreshDatabase.jdbcUrl(database), FreshDatabase.user(), FreshDatabase.password())
                    .locations("classpath:db/migration", "classpath:db/demo", "classpath:db/demo-dev")
                    .load().migrate();
            try (var c = FreshDatabase.connect(database); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("""
                            SELECT c.state || '|' || c.assigned_office_code || '|' || count(e.id)
                              FROM assistance_case c JOIN case_event e ON e.case_id = c.id
                             WHERE c.owner_id_number = '11010519491231002X' GROUP BY c.id""")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("INVESTIGATING|410305001|3");
            }
        } finally {
            FreshDatabase.drop(database);
        }
    }
}
