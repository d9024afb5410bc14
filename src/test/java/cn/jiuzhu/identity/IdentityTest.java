package cn.jiuzhu.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bearer tokens are verified by quarkus-oidc: real signatures, issuer and expiry, no test shortcuts. */
@QuarkusTest
class IdentityTest {

    private static final String ME = "{ me { subject roles displayName officeCode maskedIdNumber office { code name kind regionCode } } }";

    @Test
    void protectedQueryIsRefusedWithoutAToken() {
        JsonPath r = GraphQL.query(ME);
        assertThat(r.getString("data.me")).isNull();
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(r.getString("errors[0].message")).isEqualTo("请先登录后再操作。");
    }

    @Test
    void sameQuerySucceedsWithATokenMintedByTheDevelopmentIssuer() {
        String token = given().contentType("application/json")
                .body("{\"role\":\"resident\",\"idNumber\":\"11010519491231002X\",\"name\":\"张三\"}")
                .post("/dev/tokens").then().statusCode(200).extract().path("token");

        JsonPath r = GraphQL.asUser(token, ME);
        assertThat(r.getList("errors")).isNull();
        assertThat(r.getList("data.me.roles")).containsExactly("RESIDENT");
        assertThat(r.getString("data.me.displayName")).isEqualTo("张三");
        assertThat(r.getString("data.me.maskedIdNumber")).isEqualTo("110***********002X");
        assertThat(r.getString("data.me.office")).isNull();
    }

    @Test
    void staffTokenCarriesTheirOffice() {
        JsonPath r = GraphQL.asUser(Tokens.staff(Role.CASEWORKER, "410305001"), ME);
        assertThat(r.getList("data.me.roles")).containsExactly("CASEWORKER");
        assertThat(r.getString("data.me.office.name")).isEqualTo("涧西区湖北路街道办事处");
        assertThat(r.getString("data.me.office.kind")).isEqualTo("TOWNSHIP_OFFICE");
        assertThat(r.getString("data.me.office.regionCode")).isEqualTo("410305001");
        assertThat(r.getString("data.me.maskedIdNumber")).isNull();
    }

    @Test
    void forgedExpiredAndForeignTokensAreRefusedWithACode() {
        String resident = Tokens.resident(Tokens.RESIDENT_ID);
        String tampered = resident.substring(0, resident.lastIndexOf('.') + 1) + "AAAA" + resident.substring(resident.lastIndexOf('.') + 5);
        for (String token : new String[] { tampered, Tokens.expired(), Tokens.fromAnotherIssuer(), Tokens.signedWithUnknownKey(), "not-a-jwt" }) {
            given().auth().oauth2(token).get("/api/me")
                    .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
            given().auth().oauth2(token).contentType("application/json").body("{\"query\":\"" + ME.replace("\"", "\\\"") + "\"}")
                    .post("/graphql").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void aDevelopmentTokenRefusesControlCharactersWithACode() {
        given().contentType("application/json")
                .body("{\"role\":\"caseworker\",\"officeCode\":\"410305001\\u0000\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/dev/tokens").then().statusCode(400)
                .body("code", equalTo("TEXT_INVALID"))
                .body("details.fields[0].field", equalTo("officeCode"));
        given().contentType("application/json")
                .body("{\"role\":\"resident\",\"idNumber\":\"11010519491231002X\",\"name\":\"张\\u202E三\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/dev/tokens").then().statusCode(400)
                .body("code", equalTo("TEXT_INVALID"))
                .body("details.fields[0].field", equalTo("name"));
        given().queryParam("role", "caseworker").queryParam("officeCode", "410305001\u0000").get("/dev/tokens")
                .then().statusCode(400).body("code", equalTo("TEXT_INVALID"));
    }

    @Test
    void restUsesTheSameIdentityAndErrorModel() {
        given().get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("message", equalTo("请先登录后再操作。"));
        given().auth().oauth2(Tokens.staff(Role.COUNTY_OFFICER, "410305-MZ")).get("/api/me")
                .then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("COUNTY_OFFICER"))
                .body("officeCode", equalTo("410305-MZ"));
    }

    @Test
    void aPublicQueryNeedsNoToken() {
        assertThat(GraphQL.query("{ region(code: \"410305\") { name } }").getString("data.region.name")).isEqualTo("涧西区");
    }
}
