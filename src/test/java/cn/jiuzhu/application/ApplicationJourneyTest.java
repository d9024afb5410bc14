package cn.jiuzhu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The resident's journey, over HTTP with real tokens, using the mini-app's own operation files: one test per stage,
 * each bringing its household to where the stage starts, so an early failure does not hide the rest.
 */
@QuarkusTest
class ApplicationJourneyTest {

    @Test
    void aDraftStartedTwiceWithTheSameKeyIsOneDraft() {
        Household h = new Household();
        String token = h.applicantToken();
        String startKey = Household.key();
        JsonPath started = Operations.miniapp("StartApplication", token, Map.of("programme", "DIBAO", "idempotencyKey", startKey));
        String id = started.getString("data.startApplication.id");
        assertThat(started.getString("data.startApplication.status")).isEqualTo("DRAFT");
        assertThat(Operations.miniapp("StartApplication", token, Map.of("programme", "DIBAO", "idempotencyKey", startKey))
                .getString("data.startApplication.id")).isEqualTo(id);
    }

    @Test
    void aDraftSavedHalfWaySaysWhatIsMissingAndComesBackTheSameOnAnotherDay() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = start(token);

        Map<String, Object> partial = Map.of("residenceRegionCode", "410305001", "members", List.of());
        JsonPath saved = Operations.miniapp("SaveApplicationDraft", token, Map.of("id", id, "expectedVersion", 1, "form", partial));
        assertThat(saved.getInt("data.saveApplicationDraft.version")).isEqualTo(2);
        assertThat(saved.getList("data.saveApplicationDraft.problems.code"))
                .contains("FIELD_REQUIRED", "HOUSEHOLD_SIZE_INVALID", "DECLARATIONS_MISSING", "RESIDENCE_VILLAGE_REQUIRED");

        JsonPath resumed = Operations.miniapp("ApplicationDraft", token, Map.of("id", id));
        assertThat(resumed.getString("data.application.form.residenceRegionCode")).isEqualTo("410305001");
        assertThat(Operations.miniapp("SaveApplicationDraft", token, Map.of("id", id, "expectedVersion", 1, "form", partial))
                .getString("errors[0].extensions.code")).as("a stale version").isEqualTo("VERSION_CONFLICT");
    }

    @Test
    void theDocumentsFollowFromTheFormAndTheDraftSaysWhichAreStillMissing() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = start(token);
        List<String> required = saveFullForm(h, token, id, 1);
        assertThat(required).contains("ID_CARD", "HUKOU_BOOKLET", "DISABILITY_CERTIFICATE", "EDUCATION_PROOF")
                .as("a disabled member needs a disability certificate; no agent, no residence permit")
                .doesNotContain("AGENT_AUTHORISATION", "RESIDENCE_PERMIT");

        Uploads.upload(token, id, "ID_CARD", "身份证.jpg", Uploads.JPEG).statusCode(200)
                .body("contentType", Matchers.equalTo("image/jpeg"));
        uploadAllBut(token, id, required, "ID_CARD", "DISABILITY_CERTIFICATE");

        JsonPath draft = Operations.miniapp("ApplicationDraft", token, Map.of("id", id));
        assertThat(draft.getList("data.application.missingDocuments")).containsExactly("DISABILITY_CERTIFICATE");
    }

    @Test
    void aSubmissionRetriedWithTheSameKeyGetsTheSameCase() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = readyDraft(h, token);

        String submitKey = Household.key();
        JsonPath submitted = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", submitKey));
        String caseId = submitted.getString("data.submitApplication.id");
        assertThat(submitted.getString("data.submitApplication.caseNumber")).matches("DB-410305-20\\d\\d-\\d{5}");
        assertThat(submitted.getString("data.submitApplication.state")).isEqualTo("SUBMITTED");

        JsonPath retried = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", submitKey));
        assertThat(retried.getString("data.submitApplication.id")).isEqualTo(caseId);
        assertThat(Sql.count("SELECT count(*) FROM assistance_case WHERE application_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void theSpouseCannotOpenASecondDibaoCaseAndIsToldWhichCaseIsOpen() {
        Household h = new Household();
        String token = h.applicantToken();
        JsonPath submitted = submit(token, readyDraft(h, token));
        String caseNumber = submitted.getString("data.submitApplication.caseNumber");

        String spouseToken = h.token(h.spouse);
        String second = spouseDraft(h, spouseToken);
        JsonPath duplicate = Operations.miniapp("SubmitApplication", spouseToken, Map.of("id", second, "idempotencyKey", Household.key()));
        assertThat(duplicate.getString("errors[0].extensions.code")).isEqualTo("OPEN_CASE_EXISTS");
        assertThat(duplicate.getString("errors[0].message")).contains(caseNumber);
        assertThat(Sql.count("SELECT count(*) FROM assistance_case WHERE application_id = '" + second + "'")).isZero();
    }

    @Test
    void aMissingDocumentSuppliedByTheSpouseCompletesTheFileOnTheTimeline() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = readyDraft(h, token);
        String caseId = submit(token, id).getString("data.submitApplication.id");
        String spouseToken = h.token(h.spouse);

        JsonPath detail = Operations.miniapp("CaseDetail", spouseToken, Map.of("id", caseId));
        assertThat(detail.getList("data.case.progress.missingDocuments")).containsExactly("DISABILITY_CERTIFICATE");
        assertThat(detail.getString("data.case.progress.nextStepForMe")).contains("请上传");
        Uploads.upload(spouseToken, id, "DISABILITY_CERTIFICATE", "残疾证.jpg", Uploads.variant(Uploads.JPEG, 7)).statusCode(200);

        JsonPath afterSupplement = Operations.miniapp("CaseDetail", token, Map.of("id", caseId));
        assertThat(afterSupplement.getList("data.case.timeline.action")).containsExactly("SUBMIT", "SUPPLEMENT_DOCUMENTS");
        assertThat(afterSupplement.getList("data.case.progress.missingDocuments")).isEmpty();
        assertThat(afterSupplement.getString("data.case.progress.stateLabel")).isEqualTo("已提交");
        assertThat(afterSupplement.getString("data.case.progress.dueDate")).isNotNull();
        assertThat(afterSupplement.getBoolean("data.case.progress.canWithdraw")).isTrue();
        assertThat(afterSupplement.getList("data.case.attachments")).hasSize(requiredDocuments(token, id).size());
        assertThat(afterSupplement.getString("data.case.timeline[0].timeLimit.label")).contains("受理");
        assertThat(afterSupplement.getString("data.case.timeline[0].dueDate"))
                .isEqualTo(afterSupplement.getString("data.case.progress.dueDate"));
        assertThat(afterSupplement.getList("data.case.programmeInfo.timeLimits.step")).contains("CONFIRMATION", "WHOLE_PROCEDURE");
    }

    @Test
    void aCaseWithdrawnBeforeADecisionLetsTheHouseholdApplyAgain() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = readyDraft(h, token);
        JsonPath submitted = submit(token, id);
        String caseId = submitted.getString("data.submitApplication.id");
        String caseNumber = submitted.getString("data.submitApplication.caseNumber");
        String spouseToken = h.token(h.spouse);
        String second = spouseDraft(h, spouseToken);

        JsonPath withdrawn = Operations.miniapp("WithdrawCase", token, Map.of("id", caseId, "reason", "家里情况好转了"));
        assertThat(withdrawn.getString("data.withdrawCase.state")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getBoolean("data.withdrawCase.progress.canWithdraw")).isFalse();
        assertThat(Operations.miniapp("WithdrawCase", token, Map.of("id", caseId)).getString("data.withdrawCase.state"))
                .as("withdrawing again is harmless").isEqualTo("WITHDRAWN");

        JsonPath spouseCase = Operations.miniapp("SubmitApplication", spouseToken, Map.of("id", second, "idempotencyKey", Household.key()));
        assertThat(spouseCase.getString("data.submitApplication.state")).isEqualTo("SUBMITTED");

        JsonPath timeline = Operations.miniapp("CaseDetail", token, Map.of("id", caseId));
        assertThat(timeline.getList("data.case.timeline.action")).containsExactly("SUBMIT", "WITHDRAW");
        assertThat(timeline.getString("data.case.timeline[1].reason")).isEqualTo("家里情况好转了");
        assertThat(Operations.miniapp("MyCases", token, Map.of()).getList("data.myCases.nodes.caseNumber")).contains(caseNumber);
    }

    private static String start(String token) {
        return Operations.miniapp("StartApplication", token, Map.of("programme", "DIBAO", "idempotencyKey", Household.key()))
                .getString("data.startApplication.id");
    }

    /** Saves the household's full form at {@code version}; returns the documents it requires. */
    private static List<String> saveFullForm(Household h, String token, String id, int version) {
        JsonPath complete = Operations.miniapp("SaveApplicationDraft", token, Map.of("id", id, "expectedVersion", version, "form", h.form()));
        assertThat(complete.getList("data.saveApplicationDraft.problems")).isEmpty();
        return complete.getList("data.saveApplicationDraft.requiredDocuments");
    }

    private static List<String> requiredDocuments(String token, String id) {
        return Operations.miniapp("ApplicationDraft", token, Map.of("id", id)).getList("data.application.requiredDocuments");
    }

    /** A complete draft with every document but the disability certificate, as the journey's household leaves it. */
    private static String readyDraft(Household h, String token) {
        String id = start(token);
        List<String> required = saveFullForm(h, token, id, 1);
        Uploads.upload(token, id, "ID_CARD", "身份证.jpg", Uploads.JPEG).statusCode(200);
        uploadAllBut(token, id, required, "ID_CARD", "DISABILITY_CERTIFICATE");
        return id;
    }

    private static void uploadAllBut(String token, String id, List<String> required, String... skipped) {
        int seed = 0;
        for (String type : required) {
            if (!List.of(skipped).contains(type)) {
                Uploads.upload(token, id, type, type + ".pdf", Uploads.variant(Uploads.PDF, ++seed)).statusCode(200);
            }
        }
    }

    private static JsonPath submit(String token, String id) {
        return Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()));
    }

    /** The spouse's own dibao draft for the same household, complete, with the spouse as applicant. */
    private static String spouseDraft(Household h, String spouseToken) {
        String second = start(spouseToken);
        Map<String, Object> spouseForm = h.form();
        swapApplicant(spouseForm);
        Operations.miniapp("SaveApplicationDraft", spouseToken, Map.of("id", second, "expectedVersion", 1, "form", spouseForm));
        return second;
    }

    private static void swapApplicant(Map<String, Object> form) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) form.get("members");
        members.get(0).put("relation", "SPOUSE");
        members.get(1).put("relation", "SELF");
    }
}
