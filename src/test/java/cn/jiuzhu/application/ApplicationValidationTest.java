package cn.jiuzhu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.TestIds;
import cn.jiuzhu.testsupport.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bad input gets a coded error with a Chinese message, and nothing is half-saved. */
@QuarkusTest
class ApplicationValidationTest {

    private static final String VILLAGE_REQUIRED = "请把户籍地选择到村（社区）一级：最低生活保障要由您所在的村（居）民委员会协助办理。";

    @Test
    void invalidIdChecksumIsRefusedAndTheDraftIsUnchanged() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Map<String, Object> form = h.form();
        member(form, 2).put("idNumber", "110105194912310021");
        JsonPath r = Journeys.save(token, id, 1, form);
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("ID_NUMBER_INVALID");
        assertThat(r.getString("errors[0].message")).contains("身份证号码不正确");
        assertThat(r.getString("errors[0].extensions.details.field")).isEqualTo("members[2].idNumber");
        assertThat(Sql.count("SELECT version FROM application WHERE id = '" + id + "'")).isEqualTo(1);
        assertThat(Sql.count("SELECT jsonb_array_length(form->'members') FROM application WHERE id = '" + id + "'")).isZero();
    }

    @Test
    void invalidBirthDateIsRefused() {
        Household h = new Household();
        String id = Journeys.startDraft(h.applicantToken(), "DIBAO");
        Map<String, Object> form = h.form();
        member(form, 2).put("idNumber", TestIds.withCheck("41030519990230001"));
        assertThat(code(Journeys.save(h.applicantToken(), id, 1, form))).isEqualTo("ID_NUMBER_INVALID");
    }

    @Test
    void unknownRegionIsRefused() {
        Household h = new Household();
        String id = Journeys.startDraft(h.applicantToken(), "DIBAO");
        Map<String, Object> form = h.form();
        form.put("residenceRegionCode", "410305999");
        JsonPath r = Journeys.save(h.applicantToken(), id, 1, form);
        assertThat(code(r)).isEqualTo("REGION_NOT_FOUND");
        assertThat(r.getString("errors[0].message")).contains("没有找到这个地区");
        form.put("residenceRegionCode", "410305");
        assertThat(code(Journeys.save(h.applicantToken(), id, 1, form))).as("a county is not a residence")
                .isEqualTo("REGION_LEVEL_MISMATCH");
    }

    @Test
    void aDibaoResidenceOnlyAtTheTownshipMayBeSavedButNotSubmitted() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Map<String, Object> form = h.form();
        form.put("residenceRegionCode", "410305001"); // 湖北路街道, without its community
        JsonPath saved = Journeys.save(token, id, 1, form);
        assertThat(saved.getInt("data.saveApplicationDraft.version")).as("a draft may stop at the township").isEqualTo(2);
        assertThat(saved.getList("data.saveApplicationDraft.problems", Map.class)).containsExactly(Map.of(
                "field", "residenceRegionCode", "code", "RESIDENCE_VILLAGE_REQUIRED", "message", VILLAGE_REQUIRED));

        String key = Household.key();
        JsonPath refused = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", key));
        assertThat(code(refused)).isEqualTo("RESIDENCE_VILLAGE_REQUIRED");
        assertThat(refused.getString("errors[0].message")).isEqualTo(VILLAGE_REQUIRED);
        assertThat(refused.getString("errors[0].extensions.details.field")).isEqualTo("residenceRegionCode");
        assertThat(refused.getString("errors[0].extensions.details.fieldName")).isEqualTo("户籍地");
        assertNothingSubmitted(id);
        assertThat(Sql.count("SELECT count(*) FROM idempotency_record WHERE key = '" + key + "'")).isZero();

        form.put("residenceRegionCode", "410305001999");
        assertThat(code(Journeys.save(token, id, 2, form))).as("12 digits, but no such committee").isEqualTo("REGION_NOT_FOUND");
        form.put("residenceRegionCode", "410305001001"); // 唐村社区
        assertThat(Journeys.save(token, id, 2, form).getList("data.saveApplicationDraft.problems")).isEmpty();
        String caseId = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()))
                .getString("data.submitApplication.id");
        assertThat(Sql.text("SELECT region_code || '|' || assigned_office_code FROM assistance_case WHERE id = '" + caseId + "'"))
                .as("handled by the community's street office").isEqualTo("410305001001|410305001");
    }

    @Test
    void urgentAidTakesATownshipAsResidenceAndAsThePlaceOfTheEmergency() {
        Household h = new Household();
        Map<String, Object> form = h.form();
        form.put("residenceRegionCode", "410305001");
        form.put("emergencyRegionCode", "410323101"); // 新安县石寺镇
        form.put("answers", List.of(Map.of("key", "emergencyType", "value", "FIRE"),
                Map.of("key", "emergencyDate", "value", "2026-11-01"),
                Map.of("key", "emergencyPlace", "value", "石寺镇"),
                Map.of("key", "emergencyDescription", "value", "住房失火")));
        String caseId = Journeys.submit(h, "LINSHI_URGENT", form);
        assertThat(Sql.text("SELECT region_code || '|' || assigned_office_code FROM assistance_case WHERE id = '" + caseId + "'"))
                .isEqualTo("410323101|410323101");
    }

    @Test
    void negativeMoneyIsRefused() {
        Household h = new Household();
        String id = Journeys.startDraft(h.applicantToken(), "DIBAO");
        Map<String, Object> form = h.form();
        form.put("properties", List.of(Map.of("type", "DEPOSIT", "value", "-500.00")));
        JsonPath r = Journeys.save(h.applicantToken(), id, 1, form);
        assertThat(code(r)).isEqualTo("MONEY_INVALID");
        assertThat(r.getString("errors[0].extensions.details.field")).isEqualTo("properties[0].value");
    }

    @Test
    void householdOfZeroOrOverTwentyIsRefused() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Map<String, Object> form = h.form();
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(Household.member("成员" + i, TestIds.next(), i == 0 ? "SELF" : "OTHER", null, "EMPLOYED", false));
        }
        form.put("members", many);
        form.put("incomes", List.of());
        form.put("expenditures", List.of());
        assertThat(code(Journeys.save(token, id, 1, form))).isEqualTo("HOUSEHOLD_SIZE_INVALID");

        Map<String, Object> empty = h.form();
        empty.put("members", List.of());
        empty.put("incomes", List.of());
        empty.put("expenditures", List.of());
        assertThat(Journeys.save(token, id, 1, empty).getInt("data.saveApplicationDraft.version"))
                .as("a draft may be unfinished").isEqualTo(2);
        JsonPath submit = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()));
        assertThat(code(submit)).isEqualTo("HOUSEHOLD_SIZE_INVALID");
        assertNothingSubmitted(id);
    }

    @Test
    void missingDeclarationsRefuseSubmissionAndNothingIsHalfSaved() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Map<String, Object> form = h.form();
        form.put("declarations", new HashMap<>(Map.of("truthfulnessPromise", true, "verificationAuthorisation", false)));
        Journeys.save(token, id, 1, form);
        String key = Household.key();
        JsonPath r = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", key));
        assertThat(code(r)).isEqualTo("DECLARATIONS_MISSING");
        assertThat(r.getString("errors[0].message")).contains("授权");
        assertNothingSubmitted(id);
        assertThat(Sql.count("SELECT count(*) FROM idempotency_record WHERE key = '" + key + "'")).isZero();
    }

    @Test
    void severalProblemsComeTogetherEachWithItsField() {
        Household h = new Household();
        String id = Journeys.startDraft(h.applicantToken(), "DIBAO");
        Map<String, Object> form = h.form();
        form.put("mobileNumber", "12345");
        member(form, 0).put("idNumber", "123");
        JsonPath r = Journeys.save(h.applicantToken(), id, 1, form);
        assertThat(code(r)).isEqualTo("VALIDATION_FAILED");
        assertThat(r.getList("errors[0].extensions.details.fields.code")).contains("MOBILE_NUMBER_INVALID", "ID_NUMBER_INVALID");
        assertThat(r.getList("errors[0].extensions.details.fields.field")).contains("mobileNumber", "members[0].idNumber");
    }

    @Test
    void applyingForSomeoneElseNeedsAnAgent() {
        Household h = new Household();
        String helper = TestIds.next();
        String token = cn.jiuzhu.testsupport.Tokens.resident(helper);
        String id = Journeys.startDraft(token, "DIBAO");
        Journeys.save(token, id, 1, h.form());
        assertThat(code(Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()))))
                .isEqualTo("AGENT_REQUIRED");

        Map<String, Object> withAgent = h.form();
        withAgent.put("agent", Map.of("name", "赵社工", "idNumber", helper, "mobileNumber", "13900001111", "relationship", "社区居委会"));
        JsonPath saved = Journeys.save(token, id, 2, withAgent);
        assertThat(saved.getList("data.saveApplicationDraft.requiredDocuments")).contains("AGENT_AUTHORISATION");
        JsonPath submitted = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()));
        assertThat(submitted.getString("data.submitApplication.state")).isEqualTo("SUBMITTED");
    }

    @Test
    void nearRelativeDeclarationSetsTheFlagTheProcedureNeeds() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Map<String, Object> form = h.form();
        form.put("declarations", new HashMap<>(Map.of("truthfulnessPromise", true, "verificationAuthorisation", true,
                "nearRelativeOfStaff", true, "nearRelativeDetails", "申请人的弟弟是湖北路街道社会救助经办人")));
        Journeys.save(token, id, 1, form);
        String caseId = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()))
                .getString("data.submitApplication.id");
        assertThat(Sql.count("SELECT CASE WHEN near_relative_flag THEN 1 ELSE 0 END FROM assistance_case WHERE id = '" + caseId + "'"))
                .isEqualTo(1);
    }

    @Test
    void oversizedOrDisguisedAttachmentsAreRefusedAndNotStored() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Uploads.upload(token, id, "ID_CARD", "huge.jpg", Uploads.large(11 * 1024 * 1024)).statusCode(413)
                .body("code", org.hamcrest.Matchers.equalTo("ATTACHMENT_TOO_LARGE"))
                .body("message", org.hamcrest.Matchers.containsString("10MB"));
        Uploads.upload(token, id, "ID_CARD", "photo.jpg", Uploads.EXE).statusCode(415)
                .body("code", org.hamcrest.Matchers.equalTo("ATTACHMENT_TYPE_NOT_ALLOWED"));
        Uploads.upload(token, id, "ID_CARD", "empty.jpg", new byte[0]).statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("ATTACHMENT_EMPTY"));
        Uploads.upload(token, id, "PASSPORT", "a.jpg", Uploads.JPEG).statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"));
        assertThat(Sql.count("SELECT count(*) FROM attachment WHERE application_id = '" + id + "'")).isZero();
    }

    @Test
    void aNulInAMembersNameIsTextInvalidAndTheDraftIsUnchanged() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        assertThat(Journeys.save(token, id, 1, h.form()).getInt("data.saveApplicationDraft.version")).isEqualTo(2);

        Map<String, Object> form = h.form();
        member(form, 0).put("name", "王建\u0000国");
        JsonPath r = Journeys.save(token, id, 2, form);
        assertThat(code(r)).isEqualTo("TEXT_INVALID");
        assertThat(r.getString("errors[0].message")).isEqualTo("填写的内容里有无法识别的特殊字符（如控制字符、文字方向符号），请删除后重新输入。");
        assertThat(r.getString("errors[0].extensions.details.field")).isEqualTo("variables.form.members[0].name");
        assertThat(r.getString("errors[0].extensions.details.reason")).isEqualTo("CONTROL_CHARACTER");
        assertThat(r.getString("data")).isNull();
        assertThat(Sql.count("SELECT version FROM application WHERE id = '" + id + "'")).isEqualTo(2);
        assertThat(Sql.text("SELECT form->'members'->0->>'name' FROM application WHERE id = '" + id + "'")).isEqualTo("王建国");
    }

    @Test
    void aBidiOverrideInANameIsTextInvalid() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Map<String, Object> form = h.form();
        member(form, 1).put("name", "李\u202E英秀");
        JsonPath r = Journeys.save(token, id, 1, form);
        assertThat(code(r)).isEqualTo("TEXT_INVALID");
        assertThat(r.getString("errors[0].extensions.details.field")).isEqualTo("variables.form.members[1].name");
        assertThat(r.getString("errors[0].extensions.details.reason")).isEqualTo("BIDI_CONTROL");
        assertThat(Sql.count("SELECT version FROM application WHERE id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void aNameIsOneLineWithoutTabsWhileFreeTextMayBreakLines() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Map<String, Object> form = h.form();
        member(form, 0).put("name", "王建\t国");
        JsonPath tab = Journeys.save(token, id, 1, form);
        assertThat(code(tab)).isEqualTo("TEXT_INVALID");
        assertThat(tab.getString("errors[0].extensions.details.field")).isEqualTo("members[0].name");
        assertThat(tab.getString("errors[0].extensions.details.reason")).isEqualTo("TAB_OR_LINE_BREAK");

        Map<String, Object> agent = h.form();
        agent.put("agent", Map.of("name", "赵社工\n居委会", "relationship", "社区居委会"));
        JsonPath lineBreak = Journeys.save(token, id, 1, agent);
        assertThat(code(lineBreak)).isEqualTo("TEXT_INVALID");
        assertThat(lineBreak.getString("errors[0].extensions.details.field")).isEqualTo("agent.name");
        assertThat(Sql.count("SELECT version FROM application WHERE id = '" + id + "'")).isEqualTo(1);

        Map<String, Object> multiline = h.form();
        multiline.put("incomes", List.of(Map.of("category", "WAGES", "monthlyAmount", "800.00", "description", "打零工\n每月约二十天")));
        assertThat(Journeys.save(token, id, 1, multiline).getInt("data.saveApplicationDraft.version")).isEqualTo(2);
    }

    @Test
    void controlCharactersInAnUploadsTypeOrFileNameAreTextInvalid() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Uploads.upload(token, id, "ID_CARD\u0000", "a.jpg", Uploads.JPEG).statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("TEXT_INVALID"))
                .body("details.field", org.hamcrest.Matchers.equalTo("documentType"))
                .body("details.reason", org.hamcrest.Matchers.equalTo("CONTROL_CHARACTER"));
        Uploads.upload(token, id, "ID_CARD", "身份证\u0007.jpg", Uploads.JPEG).statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("TEXT_INVALID"))
                .body("details.field", org.hamcrest.Matchers.equalTo("fileName"));
        assertThat(Sql.count("SELECT count(*) FROM attachment WHERE application_id = '" + id + "'")).isZero();
    }

    @Test
    void theSameFileSentTwiceIsStoredOnceWithItsChecksum() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        String first = Uploads.upload(token, id, "ID_CARD", "a.jpg", Uploads.JPEG).statusCode(200).extract().path("id");
        String again = Uploads.upload(token, id, "ID_CARD", "a.jpg", Uploads.JPEG).statusCode(200).extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(Sql.count("SELECT count(*) FROM attachment WHERE application_id = '" + id + "'")).isEqualTo(1);
        byte[] downloaded = io.restassured.RestAssured.given().auth().oauth2(token).get("/api/attachments/" + first + "/content")
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(downloaded).isEqualTo(Uploads.JPEG);
    }

    @Test
    void withdrawnCasesTakeNoMoreDocuments() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String applicationId = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId))
                .getString("data.case.applicationId");
        Operations.miniapp("WithdrawCase", h.applicantToken(), Map.of("id", caseId));
        Uploads.upload(h.applicantToken(), applicationId, "OTHER", "late.pdf", Uploads.PDF).statusCode(409)
                .body("code", org.hamcrest.Matchers.equalTo("CASE_ACTION_NOT_ALLOWED"));
    }

    private void assertNothingSubmitted(String applicationId) {
        assertThat(Sql.count("SELECT count(*) FROM assistance_case WHERE application_id = '" + applicationId + "'")).isZero();
        assertThat(Sql.count("SELECT count(*) FROM application WHERE id = '" + applicationId + "' AND status = 'DRAFT'")).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> member(Map<String, Object> form, int index) {
        return ((List<Map<String, Object>>) form.get("members")).get(index);
    }

    private static String code(JsonPath r) {
        return r.getString("errors[0].extensions.code");
    }

}
