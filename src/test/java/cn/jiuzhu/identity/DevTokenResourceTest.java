package cn.jiuzhu.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The development token issuer refuses tokens that production would never issue. */
@QuarkusTest
class DevTokenResourceTest {

    @Test
    void mintsAStaffTokenForAMatchingOffice() {
        String token = mint("{\"role\":\"county_officer\",\"officeCode\":\"410305-MZ\"}").statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("role", equalTo("county_officer"))
                .extract().path("token");
        org.assertj.core.api.Assertions.assertThat(GraphQL.asUser(token, "{ me { office { name } } }")
                .getString("data.me.office.name")).isEqualTo("洛阳市涧西区民政局");
    }

    @Test
    void getFormWorksFromABrowser() {
        given().queryParam("role", "hotline_operator").queryParam("officeCode", "4103-12345").get("/dev/tokens")
                .then().statusCode(200).body("token", startsWith("ey"));
    }

    @Test
    void residentNeedsAValidIdNumber() {
        mint("{\"role\":\"resident\"}").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("details.field", equalTo("idNumber"));
        mint("{\"role\":\"resident\",\"idNumber\":\"110105194912310021\"}").statusCode(400)
                .body("code", equalTo("ID_NUMBER_INVALID"))
                .body("details.fields.field", hasItem("idNumber"));
    }

    @Test
    void staffNeedAnExistingOfficeOfTheRightKind() {
        mint("{\"role\":\"caseworker\"}").statusCode(400).body("details.field", equalTo("officeCode"));
        mint("{\"role\":\"caseworker\",\"officeCode\":\"nowhere\"}").statusCode(404).body("code", equalTo("OFFICE_NOT_FOUND"));
        mint("{\"role\":\"caseworker\",\"officeCode\":\"410305-MZ\"}").statusCode(400)
                .body("code", equalTo("ROLE_OFFICE_MISMATCH"));
    }

    @Test
    void unknownRoleAndSeveralProblemsAtOnce() {
        mint("{\"role\":\"mayor\"}").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("details.allowed", hasItem("data_feed"));
        mint("{\"role\":\"\",\"idNumber\":\"123\"}").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("details.fields.code", hasItem("ID_NUMBER_INVALID"))
                .body("details.fields.field", hasItem("role"));
    }

    @Test
    void malformedJsonIsACodedError() {
        mint("{not json").statusCode(400).body("code", equalTo("REQUEST_MALFORMED"));
    }

    private static ValidatableResponse mint(String body) {
        return given().contentType("application/json").body(body).post("/dev/tokens").then();
    }
}
