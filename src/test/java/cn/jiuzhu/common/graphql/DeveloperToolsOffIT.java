package cn.jiuzhu.common.graphql;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DeveloperToolsOffTest} on the packaged application, whose profile is production's; nor does it issue tokens. */
@QuarkusIntegrationTest
class DeveloperToolsOffIT extends DeveloperToolsOffTest {

    @Test
    void theDevelopmentTokenIssuerIsNotInTheProductionBuild() {
        given().contentType("application/json").body("{\"role\":\"RESIDENT\",\"idNumber\":\"11010519491231002X\"}")
                .post("/dev/tokens").then().statusCode(404);
    }
}
