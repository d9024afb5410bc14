package cn.jiuzhu.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Every request to /graphql that is not one well-formed JSON operation gets a coded answer before SmallRye reads it. */
@QuarkusTest
class GraphQLRequestGuardTest {

    private static final String REGION = "{ region(code: \\\"41\\\") { name } }";
    private static final String SEARCH = "query($n: String!) { searchRegions(name: $n) { nodes { code } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void onlyJsonBodiesAreServed() throws Exception {
        byte[] body = ("{\"query\":\"" + REGION + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/graphql", null }) {
            HttpRequest.Builder request = HttpRequest.newBuilder(graphql).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> refused = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(type).isEqualTo(415);
            JsonPath answer = new JsonPath(refused.body());
            assertThat(answer.getString("code")).isEqualTo("CONTENT_TYPE_UNSUPPORTED");
            assertThat(answer.getString("message")).isEqualTo("请求格式不正确，请更新应用后重试。");
            assertThat(answer.getString("details.supported")).isEqualTo("application/json");
        }
        for (String type : new String[] { "application/json", "application/json; charset=UTF-8", "Application/JSON;charset=utf-8" }) {
            given().contentType(type).body(body).post("/graphql").then().statusCode(200)
                    .body("data.region.name", equalTo("河南省"));
        }
    }

    @Test
    void getStaysOffWithACode() {
        given().queryParam("query", "{ region(code: \"41\") { name } }").get("/graphql").then().statusCode(405)
                .header("Allow", "POST, OPTIONS")
                .body("code", equalTo("REQUEST_MALFORMED"))
                .body("details.reason", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aBodyThatIsNotOneRequestObjectIsMalformedWithAReason() {
        assertMalformed("[{\"query\":\"" + REGION + "\"}]", "BATCH_NOT_SUPPORTED");
        assertMalformed("{\"query\":\"" + REGION + "\"", "INVALID_JSON");
        assertMalformed("{\"query\":\"" + REGION + "\"} {}", "INVALID_JSON");
        assertMalformed("", "INVALID_JSON");
        assertMalformed("\"" + REGION + "\"", "NOT_AN_OBJECT");
        assertMalformed("{}", "QUERY_MISSING");
        assertMalformed("{\"query\":\"  \"}", "QUERY_MISSING");
        assertMalformed("{\"query\":null}", "QUERY_MISSING");
        assertMalformed("{\"query\":[\"" + REGION + "\"]}", "QUERY_NOT_A_STRING");
        assertMalformed("{\"query\":\"" + REGION + "\",\"variables\":[1]}", "VARIABLES_NOT_AN_OBJECT");
        assertMalformed("{\"query\":\"" + REGION + "\",\"variables\":\"{}\"}", "VARIABLES_NOT_AN_OBJECT");
        assertMalformed("{\"query\":\"" + REGION + "\",\"operationName\":5}", "OPERATION_NAME_NOT_A_STRING");
        assertMalformed("{\"query\":\"" + REGION + "\",\"extensions\":true}", "EXTENSIONS_NOT_AN_OBJECT");
        assertMalformed("{\"query\":\"" + REGION + "\",\"query\":\"subscription { x }\"}", "INVALID_JSON");
    }

    @Test
    void nullVariablesAndANamedOperationAreFine() {
        post("{\"query\":\"query Henan " + REGION + "\",\"variables\":null,\"operationName\":\"Henan\",\"extensions\":{}}")
                .statusCode(200).body("data.region.name", equalTo("河南省"));
    }

    @Test
    void jsonNestedDeeperThan32LevelsIsRefusedBeforeAnyParserRecurses() {
        assertMalformed(withUnusedVariable("[".repeat(5000) + "]".repeat(5000)), "TOO_DEEP")
                .body("details.maxDepth", equalTo(32));
        // The request object and "variables" are two levels: 30 arrays inside make 32.
        post(withUnusedVariable("[".repeat(30) + "]".repeat(30))).statusCode(200).body("data.region.name", equalTo("河南省"));
        assertMalformed(withUnusedVariable("[".repeat(31) + "]".repeat(31)), "TOO_DEEP");
        // Brackets inside strings are text, not nesting.
        post(withUnusedVariable("\"" + "[{".repeat(500) + "\"")).statusCode(200).body("data.region.name", equalTo("河南省"));
    }

    @Test
    void aBodyOverOneMegabyteIsTooLargeWhetherDeclaredOrChunked() throws Exception {
        String big = "{\"query\":\"" + " ".repeat(2 * 1024 * 1024) + REGION + "\"}";
        post(big).statusCode(413)
                .body("code", equalTo("REQUEST_TOO_LARGE"))
                .body("message", equalTo("提交的内容太多了，请减少后再试。"))
                .body("details.maxBytes", equalTo(1048576));

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(new JsonPath(chunked.body()).getString("code")).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void aClientThatAsksBeforeSendingIsToldToSendOnlyWhatWillBeRead() throws Exception {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        RawHttp.Answer accepted = RawHttp.askingFirst(graphql, "/graphql", json,
                ("{\"query\":\"" + REGION + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.continued()).isTrue();
        assertThat(accepted.json().getString("data.region.name")).isEqualTo("河南省");

        RawHttp.Answer refused = RawHttp.askingFirst(graphql, "/graphql", json,
                ("{\"query\":\"" + " ".repeat(2 * 1024 * 1024) + REGION + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.continued()).isFalse();
        assertThat(refused.statusLine()).startsWith("HTTP/1.1 413");
        assertThat(refused.json().getString("code")).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void aSubscriptionOverPostIsSentToTheWebSocket() {
        String subscription = "subscription { caseEvents(caseId: \\\"00000000-0000-0000-0000-000000000000\\\") { action } }";
        post("{\"query\":\"" + subscription + "\"}").statusCode(400)
                .body("code", equalTo("SUBSCRIPTION_REQUIRES_WEBSOCKET"))
                .body("message", equalTo("实时消息需要通过长连接接收，请更新应用后重试。"))
                .body("details.protocol", equalTo("graphql-transport-ws"));

        String both = "query Henan " + REGION + " subscription Events " + subscription.substring("subscription".length());
        post("{\"query\":\"" + both + "\",\"operationName\":\"Events\"}").statusCode(400)
                .body("code", equalTo("SUBSCRIPTION_REQUIRES_WEBSOCKET"));
        post("{\"query\":\"" + both + "\",\"operationName\":\"Henan\"}").statusCode(200)
                .body("data.region.name", equalTo("河南省"));
    }

    @Test
    void controlAndBidiCharactersAnywhereInTheRequestAreTextInvalid() {
        assertTextInvalid(search("\"洛阳\\u0000\""), "variables.n", "CONTROL_CHARACTER");
        assertTextInvalid(search("\"洛阳\u0000\""), "variables.n", "CONTROL_CHARACTER");
        assertTextInvalid(search("\"\\u0007\""), "variables.n", "CONTROL_CHARACTER");
        assertTextInvalid(search("\"洛阳\\u007f\""), "variables.n", "CONTROL_CHARACTER");
        assertTextInvalid(search("\"洛阳\u0085\""), "variables.n", "CONTROL_CHARACTER");
        assertTextInvalid(search("\"阳洛\u202E\""), "variables.n", "BIDI_CONTROL");
        assertTextInvalid(search("\"\\u2066洛阳\""), "variables.n", "BIDI_CONTROL");
        assertTextInvalid(search("\"\\u061C\""), "variables.n", "BIDI_CONTROL");
        assertTextInvalid(search("\"洛\\uD800阳\""), "variables.n", "UNPAIRED_SURROGATE");
        assertTextInvalid(search("\"洛\\uDE00阳\""), "variables.n", "UNPAIRED_SURROGATE");
        assertTextInvalid("{\"query\":\"{ searchRegions(name: \\\"洛\\\\u0000阳\\\") { nodes { code } } }\"}", "query", "CONTROL_CHARACTER");
        assertTextInvalid("{\"query\":\"{ region(code: \\\"41\\\") { name } } # \u202E\"}", "query", "BIDI_CONTROL");
        assertTextInvalid("{\"query\":\"" + SEARCH + "\",\"variables\":{\"n\":\"洛阳\"},\"extensions\":{\"tags\":[\"a\",\"\\u0000\"]}}",
                "extensions.tags[1]", "CONTROL_CHARACTER");
    }

    @Test
    void ordinaryTextWithTabsLineBreaksAndEmojiPasses() {
        for (String text : new String[] { "\"洛\\t阳\\r\\n\"", "\"洛阳\\uD83D\\uDE00\"", "\"洛阳😀\"", "\"Ünïcødé\"" }) {
            JsonPath r = post(search(text)).statusCode(200).extract().jsonPath();
            assertThat(r.getList("errors")).as(text).isNull();
            assertThat(r.getList("data.searchRegions.nodes")).as(text).isEmpty();
        }
    }

    private static String search(String nameJson) {
        return "{\"query\":\"" + SEARCH + "\",\"variables\":{\"n\":" + nameJson + "}}";
    }

    private static String withUnusedVariable(String valueJson) {
        return "{\"query\":\"" + REGION + "\",\"variables\":{\"unused\":" + valueJson + "}}";
    }

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post("/graphql").then();
    }

    private static ValidatableResponse assertMalformed(String body, String reason) {
        return post(body).statusCode(400)
                .body("code", equalTo("REQUEST_MALFORMED"))
                .body("message", equalTo("请求格式不正确，请更新应用后重试。"))
                .body("details.reason", equalTo(reason));
    }

    private static void assertTextInvalid(String body, String field, String reason) {
        JsonPath r = post(body).statusCode(200).extract().jsonPath();
        assertThat(r.getString("errors[0].extensions.code")).as(body).isEqualTo("TEXT_INVALID");
        assertThat(r.getString("errors[0].message")).contains("特殊字符");
        assertThat(r.getMap("errors[0].extensions.details")).as(body).isEqualTo(Map.of("field", field, "reason", reason));
        assertThat(r.getString("data")).isNull();
    }
}
