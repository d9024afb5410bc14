package cn.jiuzhu.common.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** With production's values the developer tools are gone; the API itself, __typename included, is not. */
@QuarkusTest
@TestProfile(DeveloperToolsOffTest.ProductionValues.class)
public class DeveloperToolsOffTest {

    /** What production has by default: JIUZHU_DEVELOPER_TOOLS unset, and the staging clock off. */
    public static class ProductionValues implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jiuzhu.developer-tools", "false", "jiuzhu.staging-clock", "false");
        }
    }

    @Test
    void theUisDescriptionsAndSchemaAreNotFound() {
        given().get("/q/graphql-ui/").then().statusCode(404);
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().accept("application/json").get("/q/openapi").then().statusCode(404);
        given().get("/graphql/schema.graphql").then().statusCode(404);
    }

    @Test
    void introspectionIsRefused() {
        for (String introspection : new String[] { "{ __schema { queryType { name } } }", "{ __type(name: \"Region\") { name } }" }) {
            JsonPath r = GraphQL.query(introspection);
            assertThat(r.getString("errors[0].extensions.code")).as(introspection).isEqualTo("QUERY_INVALID");
            assertThat(r.getString("data")).isNull();
        }
    }

    @Test
    void typenameStillAnswersAsApolloClientsAskForIt() {
        JsonPath r = GraphQL.query("{ __typename region(code: \"41\") { __typename name } }");
        assertThat(r.getString("errors")).isNull();
        assertThat(r.getString("data.__typename")).isEqualTo("Query");
        assertThat(r.getString("data.region.__typename")).isEqualTo("Region");
        assertThat(r.getString("data.region.name")).isEqualTo("河南省");
    }
}
