package cn.jiuzhu.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.graphql.DeveloperToolsOffTest;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * With production's values the staging clock is not in the schema: a client that names it gets the answer an unknown
 * field gets, an administrator included, and the clock stays real. The packaged application (profile prod) is checked
 * by {@link StagingClockInProductionIT}, where the profile alone turns it off.
 */
@QuarkusTest
@TestProfile(DeveloperToolsOffTest.ProductionValues.class)
class StagingClockInProductionTest {

    private static final String ADMIN = Tokens.admin("admin-production");

    @Test
    void namingTheClockIsRefusedAsAnUnknownField() {
        JsonPath set = Operations.admin("SetStagingClock", ADMIN, Map.of("aheadDays", 7));
        assertThat(set.getString("errors[0].extensions.code")).isEqualTo("QUERY_INVALID");
        assertThat(set.getString("errors[0].message")).doesNotContain("Exception");
        assertThat(set.getString("data")).isNull();
        JsonPath read = Operations.admin("StagingClock", ADMIN, Map.of());
        assertThat(read.getString("errors[0].extensions.code")).isEqualTo("QUERY_INVALID");
    }

    @Test
    void theRestOfTheDatesIsServed() {
        JsonPath r = Operations.admin("CalendarYears", ADMIN, Map.of());
        assertThat(r.getString("errors")).isNull();
        assertThat(r.getList("data.calendarYears.year")).contains(2026);
        assertThat(given().get("/graphql/schema.graphql").statusCode()).as("no published SDL in production").isEqualTo(404);
    }
}
