package cn.jiuzhu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The resident's whole journey, over HTTP with real tokens, using the mini-app's own operation files. */
@QuarkusTest
class ApplicationJourneyTest {


    @Test
    void draftSubmitRetryDuplicateSupplementTimelineWithdraw() {
        Household h = new Household();
        String token = h.applicantToken();

        // A draft, started twice with the same key (a double tap): one draft.
        String startKey = Household.key();
        JsonPath started = Operations.miniapp("StartApplication", token, Map.of("programme", "DIBAO", "idempotencyKey", startKey));
        String id = started.getString("data.startApplication.id");
        assertThat(started.getString("data.startApplication.status")).isEqualTo("DRAFT");
        assertThat(Operations.miniapp("StartApplication", token, Map.of("programme", "DIBAO", "idempotencyKey", startKey))
                .getString("data.startApplication.id")).isEqualTo(id);

        // Saved half-way (暂存): accepted, and the draft says what is still missing.
        Map<String, Object> partial = Map.of("residenceRegionCode", "410305001", "members", List.of());
        JsonPath saved = Operations.miniapp("SaveApplicationDraft", token, Map.of("id", id, "expectedVersion", 1, "form", partial));
        assertThat(saved.getInt("data.saveApplicationDraft.version")).isEqualTo(2);
        assertThat(saved.getList("data.saveApplicationDraft.problems.code"))
                .contains("FIELD_REQUIRED", "HOUSEHOLD_SIZE_INVALID", "DECLARATIONS_MISSING");

        // Resumed on another day: the same form comes back. A stale version is refused.
        JsonPath resumed = Operations.miniapp("ApplicationDraft", token, Map.of("id", id));
        assertThat(resumed.getString("data.application.form.residenceRegionCode")).isEqualTo("410305001");
        assertThat(Operations.miniapp("SaveApplicationDraft", token, Map.of("id", id, "expectedVersion", 1, "form", partial))
                .getString("errors[0].extensions.code")).isEqualTo("VERSION_CONFLICT");

        // The full form; the household's documents follow from it (a disabled member: a disability certificate).
        JsonPath complete = Operations.miniapp("SaveApplicationDraft", token, Map.of("id", id, "expectedVersion", 2, "form", h.form()));
        assertThat(complete.getList("data.saveApplicationDraft.problems")).isEmpty();
        List<String> required = complete.getList("data.saveApplicationDraft.requiredDocuments");
        assertThat(required).contains("ID_CARD", "HUKOU_BOOKLET", "DISABILITY_CERTIFICATE", "EDUCATION_PROOF")
                .doesNotContain("AGENT_AUTHORISATION", "RESIDENCE_PERMIT");
        Uploads.upload(token, id, "ID_CARD", "身份证.jpg", Uploads.JPEG).statusCode(200)
                .body("contentType", org.hamcrest.Matchers.equalTo("image/jpeg"));
        int seed = 0;
        for (String type : required) {
            if (!type.equals("ID_CARD") && !type.equals("DISABILITY_CERTIFICATE")) {
                Uploads.upload(token, id, type, type + ".pdf", Uploads.variant(Uploads.PDF, ++seed)).statusCode(200);
            }
        }
        JsonPath draft = Operations.miniapp("ApplicationDraft", token, Map.of("id", id));
        assertThat(draft.getList("data.application.missingDocuments")).containsExactly("DISABILITY_CERTIFICATE");

        // Submitted; the connection drops; the retry with the same key gets the same case.
        String submitKey = Household.key();
        JsonPath submitted = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", submitKey));
        String caseId = submitted.getString("data.submitApplication.id");
        String caseNumber = submitted.getString("data.submitApplication.caseNumber");
        assertThat(caseNumber).matches("DB-410305-20\\d\\d-\\d{5}");
        assertThat(submitted.getString("data.submitApplication.state")).isEqualTo("SUBMITTED");
        JsonPath retried = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", submitKey));
        assertThat(retried.getString("data.submitApplication.id")).isEqualTo(caseId);
        assertThat(Sql.count("SELECT count(*) FROM assistance_case WHERE application_id = '" + id + "'")).isEqualTo(1);

        // The spouse tries to apply for dibao too: refused, naming the open case.
        String spouseToken = h.token(h.spouse);
        String second = Operations.miniapp("StartApplication", spouseToken, Map.of("programme", "DIBAO", "idempotencyKey", Household.key()))
                .getString("data.startApplication.id");
        Map<String, Object> spouseForm = h.form();
        swapApplicant(spouseForm, h);
        Operations.miniapp("SaveApplicationDraft", spouseToken, Map.of("id", second, "expectedVersion", 1, "form", spouseForm));
        JsonPath duplicate = Operations.miniapp("SubmitApplication", spouseToken, Map.of("id", second, "idempotencyKey", Household.key()));
        assertThat(duplicate.getString("errors[0].extensions.code")).isEqualTo("OPEN_CASE_EXISTS");
        assertThat(duplicate.getString("errors[0].message")).contains(caseNumber);
        assertThat(Sql.count("SELECT count(*) FROM assistance_case WHERE application_id = '" + second + "'")).isZero();

        // The spouse sees the household's case; the office asked for the disability certificate: supplied.
        JsonPath detail = Operations.miniapp("CaseDetail", spouseToken, Map.of("id", caseId));
        assertThat(detail.getList("data.case.progress.missingDocuments")).containsExactly("DISABILITY_CERTIFICATE");
        assertThat(detail.getString("data.case.progress.nextStepForMe")).contains("请上传");
        Uploads.upload(spouseToken, id, "DISABILITY_CERTIFICATE", "残疾证.jpg", Uploads.variant(Uploads.JPEG, 7)).statusCode(200);

        // Timeline: submitted, then documents added; nothing missing now; a due date for acceptance.
        JsonPath afterSupplement = Operations.miniapp("CaseDetail", token, Map.of("id", caseId));
        assertThat(afterSupplement.getList("data.case.timeline.action")).containsExactly("SUBMIT", "SUPPLEMENT_DOCUMENTS");
        assertThat(afterSupplement.getList("data.case.progress.missingDocuments")).isEmpty();
        assertThat(afterSupplement.getString("data.case.progress.stateLabel")).isEqualTo("已提交");
        assertThat(afterSupplement.getString("data.case.progress.dueDate")).isNotNull();
        assertThat(afterSupplement.getBoolean("data.case.progress.canWithdraw")).isTrue();
        assertThat(afterSupplement.getList("data.case.attachments")).hasSize(required.size());
        assertThat(afterSupplement.getString("data.case.timeline[0].timeLimit.label")).contains("受理");
        assertThat(afterSupplement.getString("data.case.timeline[0].dueDate"))
                .isEqualTo(afterSupplement.getString("data.case.progress.dueDate"));
        assertThat(afterSupplement.getList("data.case.programmeInfo.timeLimits.step")).contains("CONFIRMATION", "WHOLE_PROCEDURE");

        // Withdrawn before a decision; the household may apply again.
        JsonPath withdrawn = Operations.miniapp("WithdrawCase", token, Map.of("id", caseId, "reason", "家里情况好转了"));
        assertThat(withdrawn.getString("data.withdrawCase.state")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getBoolean("data.withdrawCase.progress.canWithdraw")).isFalse();
        assertThat(Operations.miniapp("WithdrawCase", token, Map.of("id", caseId)).getString("data.withdrawCase.state"))
                .as("withdrawing again is harmless").isEqualTo("WITHDRAWN");
        JsonPath spouseCase = Operations.miniapp("SubmitApplication", spouseToken, Map.of("id", second, "idempotencyKey", Household.key()));
        assertThat(spouseCase.getString("data.submitApplication.state")).isEqualTo("SUBMITTED");

        JsonPath timeline = Operations.miniapp("CaseDetail", token, Map.of("id", caseId));
        assertThat(timeline.getList("data.case.timeline.action")).containsExactly("SUBMIT", "SUPPLEMENT_DOCUMENTS", "WITHDRAW");
        assertThat(timeline.getString("data.case.timeline[2].reason")).isEqualTo("家里情况好转了");
        assertThat(Operations.miniapp("MyCases", token, Map.of()).getList("data.myCases.nodes.caseNumber")).contains(caseNumber);
    }

    private static void swapApplicant(Map<String, Object> form, Household h) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) form.get("members");
        members.get(0).put("relation", "SPOUSE");
        members.get(1).put("relation", "SELF");
    }

}
