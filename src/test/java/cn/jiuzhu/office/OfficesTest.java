package cn.jiuzhu.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An office for every county and township of the country, generated from the divisions. */
@QuarkusTest
class OfficesTest {

    @Test
    void everyCountyAndTownshipHasItsOffices() {
        assertThat(Sql.count("SELECT count(*) FROM office WHERE kind = 'COUNTY_CIVIL_AFFAIRS'")).isEqualTo(2978);
        assertThat(Sql.count("SELECT count(*) FROM office WHERE kind = 'TOWNSHIP_OFFICE'")).isEqualTo(41352);
        assertThat(Sql.count("SELECT count(*) FROM office WHERE kind = 'DEPARTMENT'")).isEqualTo(2978 * 5);
        assertThat(Sql.count("SELECT count(*) FROM office WHERE kind = 'HOTLINE_CENTRE'")).isEqualTo(342);
        assertThat(Sql.count("SELECT count(*) FROM office WHERE kind = 'PROVINCE_CIVIL_AFFAIRS'")).isEqualTo(31);
        assertThat(Sql.count("SELECT count(*) FROM region r WHERE r.level IN ('COUNTY', 'TOWNSHIP') AND NOT EXISTS "
                + "(SELECT 1 FROM office o WHERE o.region_code = r.code AND o.kind IN ('COUNTY_CIVIL_AFFAIRS', 'TOWNSHIP_OFFICE'))"))
                .isZero();
    }

    @Test
    void officesAreNamedAsPeopleKnowThem() {
        assertThat(office("410323101").getString("data.office.name")).isEqualTo("新安县石寺镇人民政府");
        assertThat(office("410305002").getString("data.office.name")).isEqualTo("涧西区天津路街道办事处");
        JsonPath education = office("410323-JY");
        assertThat(education.getString("data.office.name")).isEqualTo("新安县教育局");
        assertThat(education.getString("data.office.department")).isEqualTo("EDUCATION");
        assertThat(office("999999-MZ").getString("data.office")).isNull();
    }

    @Test
    void onlyAdministratorsRenameOffices() {
        String rename = "mutation { renameOffice(code: \"410323102\", name: \"新安县五头镇人民政府（新址）\") { name } }";
        assertThat(GraphQL.asUser(Staff.countyOfficer("410323-MZ"), rename).getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(GraphQL.asUser(Tokens.staff(Role.ADMIN, "41-MZ"), rename).getString("data.renameOffice.name"))
                .isEqualTo("新安县五头镇人民政府（新址）");
        assertThat(office("410323102").getString("data.office.name")).isEqualTo("新安县五头镇人民政府（新址）");
    }

    @Test
    void onlyACountyBureauDelegatesConfirmation() {
        JsonPath r = GraphQL.execute(Operations.document("casework/SetDibaoConfirmationDelegation"), Map.of("delegate", true),
                Staff.caseworker(Staff.HUBEILU_STREET));
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    }

    private static JsonPath office(String code) {
        return GraphQL.execute(Operations.document("casework/Office"), Map.of("code", code), null);
    }
}
