package cn.jiuzhu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A hotline operator files an application on a caller's behalf (代为申请); the caller finds it in the
 * mini-app, gives the declarations that only they can give, and submits it. Real tokens, the hotline's
 * and the mini-app's own operation files.
 */
@QuarkusTest
class ApplicationForCallerTest {

    private static final String HOTLINE = "4103-12345";

    private final String operator = Tokens.staff(Role.HOTLINE_OPERATOR, HOTLINE);
    private Household caller;

    @BeforeEach
    void aCaller() {
        caller = new Household();
    }

    @Test
    void theOperatorFilesADraftTheCallerCompletesAndSubmits() {
        String id = start(operator, caller.applicant, Household.key());
        JsonPath saved = saveForCaller(operator, id, 1, formWithoutPromises());
        assertThat(saved.getInt("data.saveApplicationDraftForCaller.version")).isEqualTo(2);
        assertThat(saved.getList("data.saveApplicationDraftForCaller.problems.code")).containsExactly("DECLARATIONS_MISSING");

        String token = caller.applicantToken();
        JsonPath drafts = Operations.miniapp("MyApplicationDrafts", token, Map.of());
        assertThat(drafts.getList("data.myApplicationDrafts.id")).containsExactly(id);
        assertThat(drafts.getString("data.myApplicationDrafts[0].channel")).isEqualTo("HOTLINE");
        assertThat(drafts.getString("data.myApplicationDrafts[0].filedByLabel")).isEqualTo("救助热线代为填写");

        JsonPath draft = Operations.miniapp("ApplicationDraft", token, Map.of("id", id));
        assertThat(draft.getString("data.application.form.members[0].name")).isEqualTo("王建国");
        assertThat(draft.getString("data.application.filedByLabel")).isEqualTo("救助热线代为填写");
        JsonPath declared = Operations.miniapp("SaveApplicationDraft", token,
                Map.of("id", id, "expectedVersion", 2, "form", caller.form()));
        assertThat(declared.getList("data.saveApplicationDraft.problems")).isEmpty();
        JsonPath submitted = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()));
        String caseId = submitted.getString("data.submitApplication.id");
        assertThat(caseId).as(submitted.prettify()).isNotNull();

        JsonPath detail = Operations.miniapp("CaseDetail", token, Map.of("id", caseId));
        assertThat(detail.getString("data.case.timeline[0].action")).isEqualTo("SUBMIT");
        assertThat(detail.getString("data.case.timeline[0].actorLabel")).isEqualTo("申请人或家庭成员");
        assertThat(Sql.text("SELECT actor_role || ' ' || actor_subject FROM case_event WHERE case_id = '" + caseId + "' ORDER BY id LIMIT 1"))
                .isEqualTo("resident resident-" + caller.applicant);
        assertThat(Sql.text("SELECT channel || ' ' || filed_by_office FROM application WHERE id = '" + id + "'"))
                .isEqualTo("HOTLINE " + HOTLINE);
    }

    @Test
    void aCallerWhoKnowsOnlyTheirStreetIsToldTheCommunityIsStillNeeded() {
        String id = start(operator, caller.applicant, Household.key());
        Map<String, Object> form = formWithoutPromises();
        form.put("residenceRegionCode", "410305001");
        JsonPath saved = saveForCaller(operator, id, 1, form);
        assertThat(saved.getList("data.saveApplicationDraftForCaller.problems.code"))
                .containsExactly("DECLARATIONS_MISSING", "RESIDENCE_VILLAGE_REQUIRED");
        assertThat(saved.getString("data.saveApplicationDraftForCaller.problems[1].message")).startsWith("请把户籍地选择到村（社区）一级");

        Map<String, Object> declared = new HashMap<>(caller.form());
        declared.put("residenceRegionCode", "410305001");
        Operations.miniapp("SaveApplicationDraft", caller.applicantToken(), Map.of("id", id, "expectedVersion", 2, "form", declared));
        JsonPath refused = Operations.miniapp("SubmitApplication", caller.applicantToken(), Map.of("id", id, "idempotencyKey", Household.key()));
        assertThat(code(refused)).isEqualTo("RESIDENCE_VILLAGE_REQUIRED");
        assertThat(Sql.count("SELECT count(*) FROM assistance_case WHERE application_id = '" + id + "'")).isZero();
    }

    @Test
    void aDraftTheResidentStartsThemselvesSaysSo() {
        String token = caller.applicantToken();
        String id = Operations.miniapp("StartApplication", token, Map.of("programme", "DIBAO", "idempotencyKey", Household.key()))
                .getString("data.startApplication.id");
        JsonPath draft = Operations.miniapp("ApplicationDraft", token, Map.of("id", id));
        assertThat(draft.getString("data.application.channel")).isEqualTo("MINIAPP");
        assertThat(draft.getString("data.application.filedByLabel")).isNull();
    }

    @Test
    void theOperatorCannotSubmit() {
        String id = start(operator, caller.applicant, Household.key());
        saveForCaller(operator, id, 1, formWithoutPromises());
        assertThat(code(Operations.miniapp("SubmitApplication", operator, Map.of("id", id, "idempotencyKey", Household.key()))))
                .isEqualTo("FORBIDDEN");
        assertThat(Sql.text("SELECT status FROM application WHERE id = '" + id + "'")).isEqualTo("DRAFT");
    }

    @Test
    void theOperatorCannotGiveTheCallersDeclarations() {
        String id = start(operator, caller.applicant, Household.key());
        JsonPath refused = saveForCaller(operator, id, 1, caller.form());
        assertThat(code(refused)).isEqualTo("OPERATOR_CANNOT_DECLARE");
        assertThat(refused.getString("errors[0].message")).contains("申请人本人");

        Map<String, Object> onlyTheAuthorisation = formWithoutPromises();
        onlyTheAuthorisation.put("declarations", Map.of("truthfulnessPromise", false, "verificationAuthorisation", true));
        assertThat(code(saveForCaller(operator, id, 1, onlyTheAuthorisation))).isEqualTo("OPERATOR_CANNOT_DECLARE");
        assertThat(Sql.text("SELECT version FROM application WHERE id = '" + id + "'")).isEqualTo("1");
    }

    @Test
    void theOperatorsLaterSaveKeepsTheDeclarationsTheCallerGave() {
        String id = start(operator, caller.applicant, Household.key());
        Operations.miniapp("SaveApplicationDraft", caller.applicantToken(), Map.of("id", id, "expectedVersion", 1, "form", caller.form()));

        JsonPath saved = saveForCaller(operator, id, 2, formWithoutPromises());
        assertThat(saved.getList("data.saveApplicationDraftForCaller.problems")).isEmpty();
        assertThat(Operations.miniapp("ApplicationDraft", caller.applicantToken(), Map.of("id", id))
                .getBoolean("data.application.form.declarations.truthfulnessPromise")).isTrue();
    }

    @Test
    void anotherOperatorsDraftIsNotReachable() {
        String id = start(operator, caller.applicant, Household.key());
        String colleague = Tokens.staff(Role.HOTLINE_OPERATOR, HOTLINE, "hotline-colleague");
        assertThat(code(saveForCaller(colleague, id, 1, formWithoutPromises()))).isEqualTo("APPLICATION_NOT_FOUND");

        String ownDraft = Operations.miniapp("StartApplication", caller.applicantToken(),
                Map.of("programme", "DIBAO", "idempotencyKey", Household.key())).getString("data.startApplication.id");
        assertThat(code(saveForCaller(operator, ownDraft, 1, formWithoutPromises()))).isEqualTo("APPLICATION_NOT_FOUND");
    }

    @Test
    void aResidentCannotStartAnApplicationForSomeoneElse() {
        JsonPath refused = Operations.hotline("StartApplicationForCaller", caller.applicantToken(),
                Map.of("programme", "DIBAO", "callerIdNumber", new Household().applicant, "idempotencyKey", Household.key()));
        assertThat(code(refused)).isEqualTo("FORBIDDEN");
    }

    @Test
    void aWrongIdNumberIsRefused() {
        JsonPath refused = Operations.hotline("StartApplicationForCaller", operator,
                Map.of("programme", "DIBAO", "callerIdNumber", "110105194912310021", "idempotencyKey", Household.key()));
        assertThat(code(refused)).isEqualTo("ID_NUMBER_INVALID");
    }

    @Test
    void aRetriedStartGivesTheSameDraft() {
        String key = Household.key();
        String first = start(operator, caller.applicant, key);
        assertThat(start(operator, caller.applicant, key)).isEqualTo(first);
        assertThat(Sql.count("SELECT count(*) FROM application WHERE owner_id_number = '" + caller.applicant + "'")).isEqualTo(1);

        JsonPath anotherCaller = Operations.hotline("StartApplicationForCaller", operator,
                Map.of("programme", "DIBAO", "callerIdNumber", new Household().applicant, "idempotencyKey", key));
        assertThat(code(anotherCaller)).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    private static String start(String token, String callerIdNumber, String key) {
        JsonPath started = Operations.hotline("StartApplicationForCaller", token,
                Map.of("programme", "DIBAO", "callerIdNumber", callerIdNumber, "idempotencyKey", key));
        assertThat(started.getString("data.startApplicationForCaller.channel")).as(started.prettify()).isEqualTo("HOTLINE");
        return started.getString("data.startApplicationForCaller.id");
    }

    private static JsonPath saveForCaller(String token, String id, int expectedVersion, Map<String, Object> form) {
        return Operations.hotline("SaveApplicationDraftForCaller", token, Map.of("id", id, "expectedVersion", expectedVersion, "form", form));
    }

    /** The household's form as the operator takes it down: everything but the caller's own promise and authorisation. */
    private Map<String, Object> formWithoutPromises() {
        Map<String, Object> form = new HashMap<>(caller.form());
        form.put("declarations", Map.of("truthfulnessPromise", false, "verificationAuthorisation", false, "nearRelativeOfStaff", false));
        return form;
    }

    private static String code(JsonPath response) {
        return response.getString("errors[0].extensions.code");
    }
}
