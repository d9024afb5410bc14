package cn.jiuzhu.casefile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.Tokens;
import cn.jiuzhu.testsupport.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The offices working on a case open the documents the household uploaded; each opening is on record, and the
 * household sees which office opened what (never who). Any other office is told the document does not exist.
 */
@QuarkusTest
class DocumentOpeningTest {

    private static final String EDUCATION_BUREAU = "410305-JY";

    @Test
    void theTownshipOpensADocumentOfItsCaseAndTheOpeningIsRecorded() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String documentId = upload(h, caseId, 11);
        String township = Staff.caseworker(Staff.HUBEILU_STREET);

        byte[] opened = given().auth().oauth2(township).get("/api/attachments/" + documentId + "/content").then().statusCode(200)
                .header("Content-Type", "image/jpeg").extract().asByteArray();

        assertThat(opened).isEqualTo(Uploads.variant(Uploads.JPEG, 11));
        assertThat(Sql.text("SELECT actor_role || ' ' || actor_office_code || ' ' || kind || ' ' || document_type || ' ' || outcome"
                + " || ' ' || case_id FROM personal_data_access WHERE attachment_id = '" + documentId + "'"))
                .isEqualTo("caseworker " + Staff.HUBEILU_STREET + " DOCUMENT ID_CARD SHOWN " + caseId);
    }

    @Test
    void anotherTownshipIsToldTheDocumentDoesNotExistAndTheAttemptIsRecorded() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String documentId = upload(h, caseId, 12);

        given().auth().oauth2(Staff.caseworker(Staff.TIANJINLU_STREET)).get("/api/attachments/" + documentId + "/content")
                .then().statusCode(404).body("code", equalTo("ATTACHMENT_NOT_FOUND"));

        assertThat(Sql.text("SELECT actor_office_code || ' ' || outcome || ' ' || refusal_code FROM personal_data_access"
                + " WHERE attachment_id = '" + documentId + "'")).isEqualTo(Staff.TIANJINLU_STREET + " REFUSED ATTACHMENT_NOT_FOUND");
    }

    @Test
    void theCountyBureauAndADepartmentTheCaseWasReferredToOpenItButNotBeforeTheReferral() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String documentId = upload(h, caseId, 13);
        String department = Tokens.staff(Role.DEPARTMENT_OFFICER, EDUCATION_BUREAU);

        given().auth().oauth2(Staff.countyOfficer(Staff.JIANXI_BUREAU)).get("/api/attachments/" + documentId + "/content")
                .then().statusCode(200);
        given().auth().oauth2(department).get("/api/attachments/" + documentId + "/content").then().statusCode(404)
                .body("code", equalTo("ATTACHMENT_NOT_FOUND"));

        JsonPath referred = Operations.casework("ReferCase", Staff.caseworker(Staff.HUBEILU_STREET),
                Map.of("caseId", caseId, "department", "EDUCATION", "need", "孩子上初中，学杂费有困难"));
        assertThat(referred.getList("errors")).isNull();
        given().auth().oauth2(department).get("/api/attachments/" + documentId + "/content").then().statusCode(200);
    }

    @Test
    void theHouseholdSeesWhichOfficesOpenedItsDocumentsButNotWho() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String documentId = upload(h, caseId, 14);
        String township = Staff.caseworker(Staff.HUBEILU_STREET);
        given().auth().oauth2(township).get("/api/attachments/" + documentId + "/content").then().statusCode(200);
        given().auth().oauth2(township).get("/api/attachments/" + documentId + "/content").then().statusCode(200);
        given().auth().oauth2(Staff.caseworker(Staff.TIANJINLU_STREET)).get("/api/attachments/" + documentId + "/content")
                .then().statusCode(404);

        JsonPath detail = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));

        assertThat(detail.getList("data.case.attachments.find { it.id == '" + documentId + "' }.openedBy"))
                .as("one office, however often it opened the document; a refusal is no opening").hasSize(1);
        assertThat(detail.getString("data.case.attachments.find { it.id == '" + documentId + "' }.openedBy[0].officeName"))
                .isEqualTo("涧西区湖北路街道办事处");
        assertThat(detail.getString("data.case.attachments.find { it.id == '" + documentId + "' }.openedBy[0].lastOpenedAt")).isNotNull();
        assertThat(detail.prettify()).as("who opened it stays with the auditors").doesNotContain("caseworker-" + Staff.HUBEILU_STREET);
    }

    /** The household's ID card for its case, as a JPEG of its own; returns the document's id. */
    private static String upload(Household h, String caseId, int seed) {
        String applicationId = Sql.text("SELECT application_id FROM assistance_case WHERE id = '" + caseId + "'");
        return Uploads.upload(h.applicantToken(), applicationId, "ID_CARD", "身份证.jpg", Uploads.variant(Uploads.JPEG, seed))
                .statusCode(200).extract().path("id");
    }
}
