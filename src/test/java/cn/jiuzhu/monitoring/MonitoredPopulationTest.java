package cn.jiuzhu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.TestIds;
import cn.jiuzhu.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The county's monitored population follows its cases: a household in payment is monitored, a refused one for twelve
 * months, and the county's at-risk list adds people; each person is counted once, in the first layer that applies.
 * The database is shared with other tests, so each test reads the county's figures before and after.
 */
@QuarkusTest
class MonitoredPopulationTest {

    private static final String COUNTY = "410305";

    private static Map<String, Integer> layers() {
        JsonPath r = Operations.casework("MonitoredPopulation", Casework.county(), Map.of("countyCode", COUNTY));
        assertThat(r.getString("errors")).as(r.prettify()).isNull();
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> layers = r.getList("data.monitoredPopulation.layers");
        layers.forEach(l -> counts.put((String) l.get("layer"), (Integer) l.get("persons")));
        counts.put("ALL", r.getInt("data.monitoredPopulation.persons"));
        return counts;
    }

    private static void putIn(String caseId, String state) {
        Sql.exec("UPDATE assistance_case SET state = '" + state + "', state_since = now() WHERE id = '" + caseId + "'");
    }

    @Test
    void theCasesKeepThePopulationAndEachPersonIsCountedOnceInTheFirstLayer() {
        Map<String, Integer> before = layers();
        Household paid = new Household();
        putIn(Journeys.submittedCaseId(paid), "IN_PAYMENT");
        Household refused = new Household();
        putIn(Journeys.submittedCaseId(refused), "REFUSED");
        Household underInvestigation = new Household();
        Journeys.submittedCaseId(underInvestigation);

        String newcomer = TestIds.next();
        JsonPath imported = Operations.casework("ImportAtRiskPersons", Casework.county(), Map.of("countyCode", COUNTY,
                "sourceReference", "涧西区2026年防返贫监测对象名单（第4批）",
                "persons", List.of(Map.of("idNumber", newcomer, "name", "赵大山"), Map.of("idNumber", paid.spouse, "name", "李秀英"))));
        assertThat(imported.getString("errors")).as(imported.prettify()).isNull();
        assertThat(imported.getInt("data.importAtRiskPersons.imported")).isEqualTo(2);

        Map<String, Integer> after = layers();
        assertThat(after.get("DIBAO") - before.get("DIBAO")).as("the three members of the household in payment").isEqualTo(3);
        assertThat(after.get("REFUSED_RECENTLY") - before.get("REFUSED_RECENTLY")).isEqualTo(3);
        assertThat(after.get("AT_RISK") - before.get("AT_RISK")).as("the spouse is counted under dibao, once").isEqualTo(1);
        assertThat(after.get("ALL") - before.get("ALL")).as("a case under investigation is not monitored yet").isEqualTo(7);

        JsonPath again = Operations.casework("ImportAtRiskPersons", Casework.county(), Map.of("countyCode", COUNTY,
                "sourceReference", "涧西区2026年防返贫监测对象名单（第4批）", "persons", List.of(Map.of("idNumber", newcomer, "name", "赵大山"))));
        assertThat(again.getInt("data.importAtRiskPersons.imported")).as("a retried import").isZero();
        assertThat(again.getInt("data.importAtRiskPersons.alreadyListed")).isEqualTo(1);

        assertThat(Operations.casework("RemoveAtRiskPerson", Casework.county(), Map.of("countyCode", COUNTY, "idNumber", newcomer))
                .getBoolean("data.removeAtRiskPerson")).isTrue();
        assertThat(layers().get("AT_RISK") - before.get("AT_RISK")).isZero();
    }

    @Test
    void onlyTheCountyAndItsProvinceReadItAndOnlyTheCountyKeepsItsList() {
        JsonPath province = Operations.casework("MonitoredPopulation", Tokens.staff(Role.PROVINCIAL_OFFICER, "41-MZ"),
                Map.of("countyCode", COUNTY));
        assertThat(province.getString("errors")).as(province.prettify()).isNull();
        for (String token : List.of(Casework.township(), Staff.countyOfficer("410302-MZ"))) {
            JsonPath r = Operations.casework("MonitoredPopulation", token, Map.of("countyCode", COUNTY));
            assertThat(r.getString("errors[0].extensions.code")).isIn("FORBIDDEN", "OUTSIDE_JURISDICTION", "ROLE_OFFICE_MISMATCH");
            assertThat(r.getString("data")).isNull();
        }
        JsonPath otherCounty = Operations.casework("ImportAtRiskPersons", Staff.countyOfficer("410302-MZ"), Map.of("countyCode", COUNTY,
                "sourceReference", "名单", "persons", List.of(Map.of("idNumber", TestIds.next(), "name", "赵大山"))));
        assertThat(otherCounty.getString("errors[0].extensions.code")).isIn("OUTSIDE_JURISDICTION", "ROLE_OFFICE_MISMATCH");
    }

    @Test
    void aBadPersonRefusesTheWholeImportNamingThePerson() {
        String good = TestIds.next();
        JsonPath r = Operations.casework("ImportAtRiskPersons", Casework.county(), Map.of("countyCode", COUNTY,
                "sourceReference", "名单", "persons", List.of(Map.of("idNumber", good, "name", "赵大山"),
                        Map.of("idNumber", "4103051990010112", "name", "钱二"))));
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("ID_NUMBER_INVALID");
        assertThat(r.getString("errors[0].extensions.details.field")).isEqualTo("persons[1].idNumber");
        assertThat(Sql.count("SELECT count(*) FROM at_risk_person WHERE id_number = '" + good + "'")).isZero();
    }
}
