package cn.jiuzhu.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The URLs the README promises a new user. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthIsUpAndChecksTheDatabase() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")));
    }

    @Test
    void openApiDescribesTheRestEndpointsAndTheErrorBody() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/regions/{code}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/me"));
    }

    @Test
    void graphiqlIsServed() {
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("<html"));
    }
}
