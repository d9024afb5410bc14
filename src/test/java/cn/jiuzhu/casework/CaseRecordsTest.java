package cn.jiuzhu.casework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Investigation and decision records: who may record them, what publicity needs and shows, decisions with reasons. */
@QuarkusTest
class CaseRecordsTest {

    @Test
    void publicityNeedsAHomeVisitByTwoStaffAndAVerification() {
        String caseId = Journeys.submittedCaseId(new Household());
        Casework.underInvestigation(caseId);

        JsonPath nothing = Casework.act(Casework.township(), caseId, "START_PUBLICITY", null);
        assertThat(nothing.getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");
        assertThat(nothing.getList("errors[0].extensions.details.missing"))
                .containsExactly("HOME_VISIT_BY_TWO_STAFF", "VERIFICATION_PASSED");

        Casework.recordVerification(Casework.county(), caseId, true, "核对通过");
        JsonPath noVisit = Casework.act(Casework.township(), caseId, "START_PUBLICITY", null);
        assertThat(noVisit.getString("errors[0].extensions.code")).isEqualTo("PRECONDITION_MISSING");
        assertThat(noVisit.getList("errors[0].extensions.details.missing")).containsExactly("HOME_VISIT_BY_TWO_STAFF");
        assertThat(noVisit.getString("errors[0].message")).contains("初审并公示", "入户调查");

        JsonPath alone = Casework.recordHomeVisit(caseId, List.of("李娜", " 李娜", ""));
        assertThat(alone.getString("errors[0].extensions.code")).as("one person, typed twice, is not two staff")
                .isEqualTo("HOME_VISIT_STAFF_TOO_FEW");
        assertThat(Sql.count("SELECT count(*) FROM case_home_visit WHERE case_id = '" + caseId + "'")).isZero();
        assertThat(Casework.act(Casework.township(), caseId, "START_PUBLICITY", null).getString("errors[0].extensions.code"))
                .isEqualTo("PRECONDITION_MISSING");

        Casework.recordHomeVisit(caseId, List.of("李娜", "赵强"));
        assertThat(Casework.act(Casework.township(), caseId, "START_PUBLICITY", null).getString("data.actOnCase.state"))
                .isEqualTo("PUBLICITY");
    }

    @Test
    void aStaffNameWithATabOrLineBreakIsTextInvalidAndNoVisitIsRecorded() {
        String caseId = Journeys.submittedCaseId(new Household());
        Casework.underInvestigation(caseId);

        JsonPath tab = Casework.recordHomeVisit(caseId, List.of("李娜", "赵\t强"));
        assertThat(tab.getString("errors[0].extensions.code")).isEqualTo("TEXT_INVALID");
        assertThat(tab.getString("errors[0].extensions.details.field")).isEqualTo("staff[1]");
        assertThat(tab.getString("errors[0].extensions.details.reason")).isEqualTo("TAB_OR_LINE_BREAK");
        JsonPath lineBreak = Casework.recordHomeVisit(caseId, List.of("李娜\n赵强", "王芳"));
        assertThat(lineBreak.getString("errors[0].extensions.details.field")).isEqualTo("staff[0]");
        assertThat(Sql.count("SELECT count(*) FROM case_home_visit WHERE case_id = '" + caseId + "'")).isZero();
    }

    @Test
    void theVerificationIsRecordedByTheBureauOfTheCasesCountyOnly() {
        String caseId = Journeys.submittedCaseId(new Household());
        Casework.underInvestigation(caseId);

        JsonPath otherCounty = Casework.recordVerification(Tokens.staff(Role.COUNTY_OFFICER, "410302-MZ"), caseId, true, "核对通过");
        assertThat(otherCounty.getString("errors[0].extensions.code")).isEqualTo("CASE_NOT_FOUND");
        JsonPath township = Casework.recordVerification(Casework.township(), caseId, true, "核对通过");
        assertThat(township.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(Sql.count("SELECT count(*) FROM case_verification WHERE case_id = '" + caseId + "'")).isZero();

        JsonPath neighbour = Operations.casework("ProposeAmount", Tokens.staff(Role.CASEWORKER, "410305002"),
                Map.of("caseId", caseId, "monthlyAmount", "500.00"));
        assertThat(neighbour.getString("errors[0].extensions.code")).as("another township's caseworker")
                .isEqualTo("CASE_NOT_FOUND");
    }

    @Test
    void aFailedVerificationIsTheStepTheHouseholdMayObjectTo() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.underInvestigation(caseId);

        JsonPath failed = Casework.recordVerification(Casework.county(), caseId, false, "名下有一辆登记在册的小型汽车");
        assertThat(failed.getString("data.recordVerification.state")).isEqualTo("VERIFICATION_FAILED");
        assertThat(failed.getBoolean("data.recordVerification.verification.passed")).isFalse();

        JsonPath mine = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(mine.getString("data.case.timeline[-1].action")).isEqualTo("FAIL_VERIFICATION");
        assertThat(mine.getString("data.case.timeline[-1].reason")).contains("小型汽车");
        assertThat(mine.getString("data.case.timeline[-1].actorLabel")).isEqualTo("洛阳市涧西区民政局");
        assertThat(mine.getBoolean("data.case.progress.canObject")).isTrue();
        assertThat(Casework.recordVerification(Casework.county(), caseId, true, "核对通过").getString("errors[0].extensions.code"))
                .as("recorded only while under investigation").isEqualTo("CASE_ACTION_NOT_ALLOWED");
    }

    @Test
    void theNoticeboardShowsNameHouseholdSizeAndAmountOnly() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.investigated(caseId);
        Casework.step(Casework.township(), caseId, "START_PUBLICITY");

        JsonPath type = GraphQL.query("{ __type(name: \"PublicityEntry\") { fields { name } } }");
        assertThat(type.getList("data.__type.fields.name")).containsExactlyInAnyOrder("applicantName", "householdSize",
                "monthlyAmount");

        String body = given().contentType("application/json")
                .body(Map.of("query", Operations.document("casework/Publicity"), "variables", Map.of("villageOrTownshipCode", "410305001")))
                .post("/graphql").then().statusCode(200).extract().asString();
        JsonPath board = new JsonPath(body);
        List<Map<String, Object>> entries = board.getList("data.publicity");
        assertThat(entries).contains(Map.of("applicantName", "王建国", "householdSize", 3, "monthlyAmount", "1307.00"));
        assertThat(entries).allSatisfy(e -> assertThat(e).containsOnlyKeys("applicantName", "householdSize", "monthlyAmount"));
        String caseNumber = Casework.officeCase(Casework.township(), caseId).getString("data.officeCase.caseNumber");
        assertThat(body).doesNotContain(h.applicant, h.spouse, h.child, caseId, caseNumber, "13812345678", "李秀英", "王小明");

        JsonPath more = GraphQL.query("{ publicity(villageOrTownshipCode: \"410305001\") { applicantName caseNumber } }");
        assertThat(more.getString("errors[0].extensions.code")).isEqualTo("QUERY_INVALID");
        assertThat(GraphQL.query("{ publicity(villageOrTownshipCode: \"4103\") { applicantName } }")
                .getString("errors[0].extensions.code")).as("a city's whole list is not a noticeboard").isEqualTo("REGION_LEVEL_MISMATCH");
    }

    @Test
    void aRefusalNeedsWrittenReasonsAndKeepsThemWithItsNoticeDate() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.sentForConfirmation(caseId);

        JsonPath noReason = Casework.act(Casework.county(), caseId, "REFUSE", "  ");
        assertThat(noReason.getString("errors[0].extensions.code")).isEqualTo("REASON_REQUIRED");
        assertThat(Sql.count("SELECT count(*) FROM case_decision WHERE case_id = '" + caseId + "'")).isZero();

        String reasons = "经核对，家庭人均收入高于当地低保标准";
        JsonPath refused = Casework.act(Casework.county(), caseId, "REFUSE", reasons);
        assertThat(refused.getString("data.actOnCase.state")).isEqualTo("REFUSED");
        assertThat(Sql.text("SELECT decision || ':' || reasons FROM case_decision WHERE case_id = '" + caseId + "'"))
                .isEqualTo("REFUSED:" + reasons);
        assertThat(Sql.text("SELECT count(*) FROM case_decision WHERE case_id = '" + caseId + "' AND monthly_amount IS NULL"))
                .isEqualTo("1");

        JsonPath mine = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(mine.getString("data.case.decision.outcome")).isEqualTo("REFUSED");
        assertThat(mine.getString("data.case.decision.reasons")).isEqualTo(reasons);
        assertThat(mine.getString("data.case.decision.decidedBy")).isEqualTo("洛阳市涧西区民政局");
        assertThat(mine.getString("data.case.decision.refusalNoticeDueOn")).as("3 working days, as the running limit")
                .isNotNull().isEqualTo(mine.getString("data.case.progress.dueDate"));
        assertThat(mine.getString("data.case.progress.timeLimit.days")).isEqualTo("3");
    }

    @Test
    void aHouseholdLivingOnASteadyJobIsReviewedOnceAYear() {
        Household h = new Household();
        Map<String, Object> form = h.form();
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = ((List<Map<String, Object>>) form.get("members")).get(0);
        applicant.put("employment", "EMPLOYED");
        String draft = Journeys.startDraft(h.applicantToken(), "DIBAO");
        Journeys.save(h.applicantToken(), draft, 1, form);
        String caseId = Operations.miniapp("SubmitApplication", h.applicantToken(), Map.of("id", draft, "idempotencyKey",
                Household.key())).getString("data.submitApplication.id");

        Casework.sentForConfirmation(caseId);
        Casework.step(Casework.county(), caseId, "APPROVE");
        Casework.step(Casework.county(), caseId, "START_PAYMENT");
        assertThat(Casework.records(Casework.township(), caseId).getString("data.officeCase.nextReviewOn"))
                .isEqualTo(Casework.today().plusMonths(12).toString());
    }

    @Test
    void residentsSeeTheirDecisionButNotTheInvestigationRecords() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.investigated(caseId);

        JsonPath staff = Casework.records(Casework.county(), caseId);
        assertThat(staff.getList("data.officeCase.homeVisits")).hasSize(1);
        assertThat(staff.getString("data.officeCase.verification.summary")).isEqualTo("收入、财产核对结果符合条件");

        Map<String, Object> variables = new HashMap<>(Map.of("id", caseId));
        JsonPath visits = GraphQL.execute("query($id: ID!) { case(id: $id) { state homeVisits { findings } } }", variables,
                h.applicantToken());
        assertThat(visits.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(visits.getString("data.case.state")).as("the rest of the case still shows").isEqualTo("INVESTIGATING");
        assertThat(visits.getString("data.case.homeVisits")).isNull();
        JsonPath verification = GraphQL.execute("query($id: ID!) { case(id: $id) { verification { summary } } }", variables,
                h.applicantToken());
        assertThat(verification.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId))
                .getString("data.case.proposedMonthlyAmount")).as("published with the first review, not before").isNull();
    }

    @Test
    void recordsAreCheckedBeforeAnythingIsWritten() {
        String caseId = Journeys.submittedCaseId(new Household());
        JsonPath tooEarly = Casework.recordHomeVisit(caseId, List.of("李娜", "赵强"));
        assertThat(tooEarly.getString("errors[0].extensions.code")).as("not accepted yet").isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(tooEarly.getString("errors[0].message")).contains("记录入户调查");
        Casework.underInvestigation(caseId);

        JsonPath future = Operations.casework("RecordHomeVisit", Casework.township(), Map.of("caseId", caseId,
                "visitedOn", Casework.today().plusDays(1).toString(), "staff", List.of("李娜", "赵强"), "findings", "情况属实"));
        assertThat(future.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(future.getString("errors[0].extensions.details.field")).isEqualTo("visitedOn");
        assertThat(Casework.proposeAmount(caseId, "-1").getString("errors[0].extensions.code")).isEqualTo("MONEY_INVALID");
        assertThat(Casework.proposeAmount(caseId, "12.345").getString("errors[0].extensions.code")).isEqualTo("MONEY_INVALID");
        assertThat(Casework.recordVerification(Casework.county(), caseId, true, " ").getString("errors[0].extensions.code"))
                .isEqualTo("FIELD_REQUIRED");
        assertThat(Sql.count("""
                SELECT (SELECT count(*) FROM case_home_visit WHERE case_id = '%1$s')
                     + (SELECT count(*) FROM case_amount_proposal WHERE case_id = '%1$s')
                     + (SELECT count(*) FROM case_verification WHERE case_id = '%1$s')""".formatted(caseId))).isZero();
    }
}
