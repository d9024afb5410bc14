package cn.jiuzhu.common.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ErrorModelTest {

    @Test
    void anUnexpectedRestFailureGivesAGenericErrorWithACorrelationIdAndNoStackTrace() {
        Response response = given().get("/test-support/failure");
        assertThat(response.statusCode()).isEqualTo(500);
        String body = response.asString();
        assertThat(response.jsonPath().getString("code")).isEqualTo("INTERNAL_ERROR");
        String correlationId = response.jsonPath().getString("correlationId");
        assertThat(correlationId).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("message")).contains("系统暂时出了问题").contains(correlationId);
        assertThat(body).doesNotContain("secret", "db-7", "IllegalStateException", "at cn.jiuzhu");
    }

    @Test
    void aBusinessRejectionKeepsItsCodeStatusAndDetails() {
        given().get("/api/regions/410399").then().statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("REGION_NOT_FOUND"))
                .body("message", org.hamcrest.Matchers.equalTo("没有找到这个地区，请重新选择。"))
                .body("details.code", org.hamcrest.Matchers.equalTo("410399"));
        given().get("/api/regions/4103").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("洛阳市"));
    }

    @Test
    void anUnknownPathIsACodedNotFound() {
        given().get("/api/nothing-here").then().statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("NOT_FOUND"));
    }
}
