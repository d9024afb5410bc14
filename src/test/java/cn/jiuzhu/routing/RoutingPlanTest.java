package cn.jiuzhu.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.office.repository.OfficeRepository;
import cn.jiuzhu.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Routing a case is one index probe into ~60,000 offices, whatever their number: the plan of the exact
 * statement the service runs, on this run's database with every office of the country.
 */
@QuarkusTest
class RoutingPlanTest {

    @Test
    void findingTheResponsibleOfficeIsAnIndexProbe() {
        String sql = OfficeRepository.RESPONSIBLE_OFFICE_SQL.replace("$1", "'410305001'").replace("$2", "'TOWNSHIP_OFFICE'")
                .replace("$3", "NULL::varchar");
        Sql.exec("ANALYZE office");
        String plan = Sql.lines("EXPLAIN (FORMAT TEXT) " + sql);
        assertThat(plan).contains("Index Scan using office_routing_idx").doesNotContain("Seq Scan");
        assertThat(Sql.text(sql)).as("and it finds the street office").isEqualTo("410305001");
    }
}
