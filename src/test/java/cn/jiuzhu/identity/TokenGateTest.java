package cn.jiuzhu.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

/**
 * A token is checked whole at the door, on every request: its signature (401) and what it claims (403). A refused
 * token gets nothing, public queries included.
 */
@QuarkusTest
class TokenGateTest {

    private static final String REGION = "{\"query\":\"{ region(code: \\\"410305\\\") { name } }\"}";

    @Test
    void aForgedOrExpiredTokenIsRefusedEvenOnAPublicQuery() {
        for (String token : new String[] { Tokens.expired(), Tokens.signedWithUnknownKey(), "not-a-jwt" }) {
            Response r = post(token, REGION);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(r.jsonPath().getString("code")).isEqualTo("UNAUTHENTICATED");
            assertThat(r.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
            assertThat(r.jsonPath().getString("errors[0].message")).isEqualTo("请先登录后再操作。");
            assertThat(r.asString()).doesNotContain("涧西区");
            assertThat(given().auth().oauth2(token).get("/api/regions/410305").statusCode()).isEqualTo(401);
        }
        assertThat(post(null, REGION).jsonPath().getString("data.region.name")).as("no token at all is fine").isEqualTo("涧西区");
    }

    @Test
    void aCaseworkerTokenNamingACountyBureauIsRefusedOnEveryRequest() {
        String caseId = Journeys.submittedCaseId(new Household());
        String mismatched = Tokens.staff(Role.CASEWORKER, Staff.JIANXI_BUREAU);

        Response read = post(mismatched, officeCase(caseId));
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.jsonPath().getString("code")).isEqualTo("ROLE_OFFICE_MISMATCH");
        assertThat(read.jsonPath().getString("errors[0].extensions.code")).isEqualTo("ROLE_OFFICE_MISMATCH");
        assertThat(read.asString()).doesNotContain(caseId, "王建国");

        Response refer = post(mismatched, Map.of("query", Operations.document("casework/ReferCase"),
                "variables", Map.of("caseId", caseId, "department", "EDUCATION", "need", "孩子上学需要资助")));
        assertThat(refer.statusCode()).isEqualTo(403);
        assertThat(Sql.count("SELECT count(*) FROM referral WHERE case_id = '" + caseId + "'")).as("no referral made").isZero();

        assertThat(post(mismatched, REGION).statusCode()).as("public queries too").isEqualTo(403);
        assertThat(given().auth().oauth2(mismatched).get("/api/me").statusCode()).isEqualTo(403);
    }

    @Test
    void aStaffTokenOfAnUnknownOfficeOrWithoutOneIsRefused() {
        Response unknown = post(Tokens.staff(Role.COUNTY_OFFICER, "999999-MZ"), REGION);
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.jsonPath().getString("code")).isEqualTo("FORBIDDEN");
        assertThat(unknown.jsonPath().getString("details.reason")).isEqualTo("UNKNOWN_OFFICE");

        String noOffice = Jwt.subject("cw-without-office").upn("cw-without-office").groups(Set.of(Role.CASEWORKER.group())).sign();
        Response without = post(noOffice, REGION);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.jsonPath().getString("details.reason")).isEqualTo("STAFF_TOKEN_WITHOUT_OFFICE");

        String adminOfUnknownOffice = Tokens.staff(Role.ADMIN, "no-such-office");
        assertThat(post(adminOfUnknownOffice, REGION).statusCode()).isEqualTo(403);
    }

    @Test
    void aResidentTokenWithoutAValidIdNumberIsRefused() {
        String invalid = Jwt.subject("resident-x").upn("resident-x").groups(Set.of(Role.RESIDENT.group()))
                .claim(TokenClaims.ID_NUMBER, "110105194912310021").sign();
        String missing = Jwt.subject("resident-y").upn("resident-y").groups(Set.of(Role.RESIDENT.group())).sign();
        for (String token : new String[] { invalid, missing }) {
            Response r = post(token, Map.of("query", Operations.document("miniapp/MyCases"), "variables", Map.of()));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.jsonPath().getString("details.reason")).isEqualTo("RESIDENT_TOKEN_WITHOUT_ID_NUMBER");
        }
    }

    @Test
    void tokensThatHoldPassAsBefore() {
        assertThat(post(Tokens.resident(Tokens.RESIDENT_ID), REGION).jsonPath().getString("data.region.name")).isEqualTo("涧西区");
        assertThat(post(Staff.countyOfficer(Staff.JIANXI_BUREAU), REGION).statusCode()).isEqualTo(200);
        assertThat(post(Tokens.staff(Role.HOTLINE_OPERATOR, "4103-12345"), REGION).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorDoesNotReadCaseFiles() {
        String caseId = Journeys.submittedCaseId(new Household());
        JsonPath r = post(Tokens.staff(Role.ADMIN, Staff.JIANXI_BUREAU), officeCase(caseId)).jsonPath();
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(r.getString("data.officeCase")).isNull();
        assertThat(r.prettify()).doesNotContain("王建国", "SUBMITTED");
    }

    @Test
    void aTransferByAnotherOfficeSaysNothingAboutTheCase() {
        String caseId = Journeys.submittedCaseId(new Household());
        JsonPath r = Operations.casework("TransferCase", Staff.caseworker(Staff.TIANJINLU_STREET),
                Map.of("id", caseId, "toOfficeCode", "410302001", "reason", "不属本街道", "expectedVersion", 1));
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("CASE_NOT_FOUND");
        assertThat(r.prettify()).doesNotContain("SUBMITTED", "当前办理阶段", "state");
    }

    private static Map<String, Object> officeCase(String caseId) {
        return Map.of("query", Operations.document("casework/OfficeCase"), "variables", Map.of("id", caseId));
    }

    private static Response post(String token, Object body) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.post("/graphql");
    }
}
