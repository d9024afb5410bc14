package cn.jiuzhu.common.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

/** In dev and tests the developer tools are on: the UIs, the API descriptions and introspection. */
@QuarkusTest
class DeveloperToolsTest {

    @Test
    void theUisAndDescriptionsAreServed() {
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("<html"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("<html"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
        given().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Region"));
    }

    @Test
    void introspectionAnswers() {
        assertThat(GraphQL.query("{ __schema { queryType { name } } }").getString("data.__schema.queryType.name")).isEqualTo("Query");
        assertThat(GraphQL.query("{ __type(name: \"Region\") { name } }").getString("data.__type.name")).isEqualTo("Region");
    }
}
