package cn.jiuzhu.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Posts a GraphQL document over HTTP, as a front end does, and returns the parsed response. */
public final class GraphQL {

    private GraphQL() {
    }

    public static JsonPath query(String document) {
        return execute(document, Map.of(), null);
    }

    public static JsonPath query(String document, Map<String, Object> variables) {
        return execute(document, variables, null);
    }

    public static JsonPath asUser(String token, String document) {
        return execute(document, Map.of(), token);
    }

    public static JsonPath execute(String document, Map<String, Object> variables, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        RequestSpecification request = given().contentType("application/json").body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql").then().statusCode(200).extract().jsonPath();
    }
}
