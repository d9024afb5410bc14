package cn.jiuzhu.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A resident reads and changes only their own household's applications and cases: for every query
 * and mutation, another resident tries and is refused, and sees nothing of the other household.
 */
@QuarkusTest
class ResidentIsolationTest {

    private Household owner;
    private Household stranger;
    private String strangerToken;
    private String draftId;
    private String caseId;
    private String submittedApplicationId;
    private String attachmentId;

    @BeforeEach
    void twoHouseholds() {
        owner = new Household();
        stranger = new Household();
        strangerToken = stranger.applicantToken();
        draftId = Journeys.startDraft(owner.applicantToken(), "LINSHI_EXPENSE");
        attachmentId = Uploads.upload(owner.applicantToken(), draftId, "ID_CARD", "id.jpg", Uploads.JPEG).statusCode(200)
                .extract().path("id");
        JsonPath submitted = Journeys.submittedCase(owner);
        caseId = submitted.getString("data.submitApplication.id");
        submittedApplicationId = Operations.miniapp("CaseDetail", owner.applicantToken(), Map.of("id", caseId))
                .getString("data.case.applicationId");
    }

    @Test
    void anotherResidentCannotReadADraft() {
        assertRefused(Operations.miniapp("ApplicationDraft", strangerToken, Map.of("id", draftId)), "APPLICATION_NOT_FOUND");
        assertThat(Operations.miniapp("MyApplicationDrafts", strangerToken, Map.of()).getList("data.myApplicationDrafts.id"))
                .doesNotContain(draftId);
    }

    @Test
    void anotherResidentCannotSaveDiscardOrSubmitADraft() {
        assertRefused(Journeys.save(strangerToken, draftId, 1, stranger.form()), "APPLICATION_NOT_FOUND");
        assertRefused(Operations.miniapp("DiscardApplication", strangerToken, Map.of("id", draftId)), "APPLICATION_NOT_FOUND");
        assertRefused(Operations.miniapp("SubmitApplication", strangerToken, Map.of("id", draftId, "idempotencyKey", Household.key())),
                "APPLICATION_NOT_FOUND");
        JsonPath ownView = Operations.miniapp("ApplicationDraft", owner.applicantToken(), Map.of("id", draftId));
        assertThat(ownView.getString("data.application.status")).isEqualTo("DRAFT");
        assertThat(ownView.getInt("data.application.version")).isEqualTo(1);
    }

    @Test
    void anotherResidentCannotSeeOrTouchACase() {
        assertRefused(Operations.miniapp("CaseDetail", strangerToken, Map.of("id", caseId)), "CASE_NOT_FOUND");
        assertThat(Operations.miniapp("MyCases", strangerToken, Map.of()).getList("data.myCases.nodes.id")).doesNotContain(caseId);
        assertRefused(Operations.miniapp("WithdrawCase", strangerToken, Map.of("id", caseId)), "CASE_NOT_FOUND");
        assertRefused(Operations.miniapp("ObjectToCase", strangerToken, Map.of("id", caseId, "reasons", "我不服")), "CASE_NOT_FOUND");
        assertThat(Operations.miniapp("CaseDetail", owner.applicantToken(), Map.of("id", caseId)).getString("data.case.state"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void anotherResidentCannotUploadToOrDownloadFromAnApplication() {
        Uploads.upload(strangerToken, draftId, "OTHER", "x.pdf", Uploads.PDF).statusCode(404)
                .body("code", equalTo("APPLICATION_NOT_FOUND"));
        Uploads.upload(strangerToken, submittedApplicationId, "OTHER", "x.pdf", Uploads.PDF).statusCode(404);
        given().auth().oauth2(strangerToken).get("/api/attachments/" + attachmentId + "/content").then().statusCode(404)
                .body("code", equalTo("ATTACHMENT_NOT_FOUND"));
    }

    @Test
    void aHouseholdMemberSeesTheCaseButNotTheFilersOtherDrafts() {
        String spouseToken = owner.token(owner.spouse);
        assertThat(Operations.miniapp("CaseDetail", spouseToken, Map.of("id", caseId)).getString("data.case.id")).isEqualTo(caseId);
        assertRefused(Operations.miniapp("ApplicationDraft", spouseToken, Map.of("id", draftId)), "APPLICATION_NOT_FOUND");
    }

    @Test
    void staffAndAnonymousCallersCannotUseTheResidentOperations() {
        String staff = Household.staffToken();
        assertRefused(Operations.miniapp("CaseDetail", staff, Map.of("id", caseId)), "FORBIDDEN");
        assertRefused(Operations.miniapp("StartApplication", staff, Map.of("programme", "DIBAO", "idempotencyKey", Household.key())),
                "FORBIDDEN");
        assertRefused(Operations.miniapp("MyCases", null, Map.of()), "UNAUTHENTICATED");
        assertRefused(Operations.miniapp("SubmitApplication", null, Map.of("id", draftId, "idempotencyKey", Household.key())),
                "UNAUTHENTICATED");
        Uploads.upload(staff, draftId, "OTHER", "x.pdf", Uploads.PDF).statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void aMalformedIdIsNotFoundNotACrash() {
        assertRefused(Operations.miniapp("CaseDetail", strangerToken, Map.of("id", "not-a-uuid")), "CASE_NOT_FOUND");
    }

    private static void assertRefused(JsonPath response, String code) {
        assertThat(response.getString("errors[0].extensions.code")).as(response.prettify()).isEqualTo(code);
        assertThat(response.getString("errors[0].message")).containsPattern("\\p{IsHan}");
    }
}
