package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A step is taken only by the role of the office responsible for it, on the version it saw, and is audited. */
@QuarkusTest
class StaffStepsTest {

    private final String township = Staff.caseworker(Staff.HUBEILU_STREET);
    private final String county = Staff.countyOfficer(Staff.JIANXI_BUREAU);

    @Test
    void theAssignedTownshipAcceptsAndTheStepIsAudited() {
        String caseId = Journeys.submittedCaseId(new Household());
        JsonPath accepted = Staff.act(township, caseId, "ACCEPT");
        assertThat(accepted.getString("data.actOnCase.state")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("data.actOnCase.dueOn")).as("investigation must start within 3 working days").isNotNull();
        assertThat(Sql.text("SELECT actor_role || '|' || actor_subject || '|' || actor_office || '|' || from_state || '|' || to_state "
                + "FROM case_event WHERE case_id = '" + caseId + "' AND action = 'ACCEPT'"))
                .isEqualTo("caseworker|caseworker-410305001|410305001|SUBMITTED|ACCEPTED");
    }

    @Test
    void anotherTownshipsCaseworkerIsRefused() {
        String caseId = Journeys.submittedCaseId(new Household());
        JsonPath r = Staff.act(Staff.caseworker(Staff.TIANJINLU_STREET), caseId, "ACCEPT", 1, null);
        assertThat(r.getString("errors[0].extensions.code")).as("outside its jurisdiction the case does not exist")
                .isEqualTo("CASE_NOT_FOUND");
        assertThat(r.getString("errors[0].message")).isEqualTo("没有找到这个救助事项。");
        assertThat(r.getString("errors[0].extensions.details")).doesNotContain("SUBMITTED", "state");
        assertThat(Staff.view(township, caseId).getString("data.officeCase.state")).isEqualTo("SUBMITTED");
    }

    @Test
    void theWrongRoleIsRefusedEvenInTheRightPlace() {
        String caseId = Journeys.submittedCaseId(new Household());
        assertThat(Staff.act(county, caseId, "ACCEPT", 1, null).getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        Staff.act(township, caseId, "ACCEPT");
        Staff.act(township, caseId, "START_INVESTIGATION");
        assertThat(Staff.act(township, caseId, "FAIL_VERIFICATION", Staff.version(township, caseId), "存款超标")
                .getString("errors[0].extensions.code")).as("verification is the county's").isEqualTo("FORBIDDEN");
        Household h = new Household();
        assertThat(Staff.act(h.applicantToken(), caseId, "ACCEPT", 1, null).getString("errors[0].extensions.code"))
                .as("residents cannot use staff operations").isEqualTo("FORBIDDEN");
    }

    @Test
    void theCountyOfAnotherCountyIsRefused() {
        String caseId = Journeys.submittedCaseId(new Household());
        Staff.act(township, caseId, "ACCEPT");
        Staff.act(township, caseId, "START_INVESTIGATION");
        JsonPath r = Staff.act(Staff.countyOfficer(Staff.LAOCHENG_BUREAU), caseId, "FAIL_VERIFICATION", 3, "存款超标");
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("CASE_NOT_FOUND");
        JsonPath own = Staff.act(county, caseId, "FAIL_VERIFICATION", Staff.version(county, caseId), "存款超过当地规定");
        assertThat(own.getString("data.actOnCase.state")).isEqualTo("VERIFICATION_FAILED");
    }

    @Test
    void aStepTheProcedureDoesNotAllowIsRefused() {
        String caseId = Journeys.submittedCaseId(new Household());
        JsonPath r = Staff.act(township, caseId, "START_PUBLICITY", 1, null);
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(r.getString("errors[0].message")).contains("初审并公示");
    }

    @Test
    void aStepOnAStaleVersionGetsAClearConflict() {
        String caseId = Journeys.submittedCaseId(new Household());
        int seen = Staff.version(township, caseId);
        assertThat(Staff.act(township, caseId, "ACCEPT", seen, null).getString("data.actOnCase.state")).isEqualTo("ACCEPTED");
        JsonPath second = Staff.act(township, caseId, "RETURN_FOR_DOCUMENTS", seen, "缺户口簿");
        assertThat(second.getString("errors[0].extensions.code")).isEqualTo("CASE_CHANGED");
        assertThat(second.getString("errors[0].message")).contains("刷新");
    }

    @Test
    void twoCaseworkersActingAtOnceOneWinsTheOtherIsToldSo() throws Exception {
        String caseId = Journeys.submittedCaseId(new Household());
        int seen = Staff.version(township, caseId);
        String colleague = Tokens.staff(Role.CASEWORKER, Staff.HUBEILU_STREET);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonPath>> answers = pool.invokeAll(List.<Callable<JsonPath>> of(
                    () -> Staff.act(township, caseId, "ACCEPT", seen, null),
                    () -> Staff.act(colleague, caseId, "RETURN_FOR_DOCUMENTS", seen, "缺收入证明")));
            long won = 0;
            long conflicts = 0;
            for (Future<JsonPath> f : answers) {
                JsonPath a = f.get();
                if (a.getString("errors") == null) {
                    won++;
                } else if ("CASE_CHANGED".equals(a.getString("errors[0].extensions.code"))) {
                    conflicts++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "' AND actor_role = 'caseworker'"))
                .isEqualTo(1);
    }

    @Test
    void refusingNeedsWrittenReasons() {
        String caseId = Journeys.submittedCaseId(new Household());
        assertThat(Staff.act(township, caseId, "RETURN_FOR_DOCUMENTS", Staff.version(township, caseId), null)
                .getString("errors[0].extensions.code")).isEqualTo("REASON_REQUIRED");
    }

    @Test
    void aDelegatingCountyLetsItsTownshipConfirmDibao() {
        String caseId = Journeys.submittedCaseId(new Household());
        Sql.exec("UPDATE assistance_case SET state = 'CONFIRMATION' WHERE id = '" + caseId + "'");
        assertThat(Staff.act(township, caseId, "APPROVE").getString("errors[0].extensions.code"))
                .as("no delegation yet").isEqualTo("OUTSIDE_JURISDICTION");

        JsonPath delegated = GraphQL.execute(Operations.document("casework/SetDibaoConfirmationDelegation"),
                Map.of("delegate", true), county);
        assertThat(delegated.getBoolean("data.setDibaoConfirmationDelegation.delegatesDibaoConfirmation")).isTrue();
        try {
            assertThat(Staff.act(township, caseId, "APPROVE").getString("data.actOnCase.state")).isEqualTo("APPROVED");
            assertThat(Staff.act(Staff.caseworker(Staff.TIANJINLU_STREET), caseId, "START_PAYMENT", 1, null)
                    .getString("errors[0].extensions.code")).as("another township").isEqualTo("CASE_NOT_FOUND");
        } finally {
            GraphQL.execute(Operations.document("casework/SetDibaoConfirmationDelegation"), Map.of("delegate", false), county);
        }
    }

    @Test
    void urgentAidHelpsFirstAndCompletesThePaperworkAfter() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "LINSHI_URGENT");
        Map<String, Object> form = h.form();
        form.put("emergencyRegionCode", "410305001");
        form.put("answers", List.of(Map.of("key", "emergencyType", "value", "ACCIDENT"), Map.of("key", "emergencyDate", "value", "2026-11-20"),
                Map.of("key", "emergencyPlace", "value", "湖北路"), Map.of("key", "emergencyDescription", "value", "交通事故")));
        Journeys.save(token, id, 1, form);
        String caseId = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()))
                .getString("data.submitApplication.id");
        assertThat(Staff.act(township, caseId, "GRANT_FIRST_AID").getString("data.actOnCase.state")).isEqualTo("FIRST_AID_GRANTED");
        assertThat(Staff.act(township, caseId, "COMPLETE_FILE").getString("data.actOnCase.state")).isEqualTo("CLOSED");
        assertThat(Operations.miniapp("CaseDetail", token, Map.of("id", caseId)).getList("data.case.timeline.action"))
                .containsExactly("SUBMIT", "GRANT_FIRST_AID", "COMPLETE_FILE");
    }

    @Test
    void theFirstTekunCaseACountySendsIsDrawnForTheSpotCheck() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "TEKUN");
        Map<String, Object> form = h.form();
        form.put("residenceRegionCode", "410302001001"); // 老城区西关街道: a county with no tekun decisions yet in this run
        form.put("answers", tekunAnswers());
        JsonPath saved = Journeys.save(token, id, 1, form);
        assertThat(saved.getList("data.saveApplicationDraft.problems")).as(saved.prettify()).isEmpty();
        String caseId = Operations.miniapp("SubmitApplication", token, Map.of("id", id, "idempotencyKey", Household.key()))
                .getString("data.submitApplication.id");
        // Stands in for investigation and a seven-day publicity that began eight days ago.
        Sql.exec("UPDATE assistance_case SET state = 'PUBLICITY', state_since = now() - interval '8 days' WHERE id = '" + caseId + "'");
        String laocheng = Staff.caseworker("410302001");
        JsonPath sent = Staff.act(laocheng, caseId, "SEND_FOR_CONFIRMATION");
        assertThat(sent.getString("data.actOnCase.state")).isEqualTo("CONFIRMATION");
        assertThat(sent.getBoolean("data.actOnCase.spotCheckRequired")).isTrue();
        assertThat(sent.getString("data.actOnCase.dueOn")).as("the county decides within 15 working days").isNotNull();
    }

    private static List<Map<String, String>> tekunAnswers() {
        return List.of(Map.of("key", "selfCareEating", "value", "true"), Map.of("key", "selfCareDressing", "value", "false"),
                Map.of("key", "selfCareBed", "value", "true"), Map.of("key", "selfCareToilet", "value", "true"),
                Map.of("key", "selfCareIndoorWalking", "value", "false"), Map.of("key", "selfCareBathing", "value", "false"),
                Map.of("key", "hasLegalSupporter", "value", "false"), Map.of("key", "supportMode", "value", "AT_HOME"));
    }
}
