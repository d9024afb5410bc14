package cn.jiuzhu.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Concurrently;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Referrals (转介) through the operations the staff console and the mini-app ship: a household in
 * 涧西区湖北路街道 (county 410305) is referred by its street office to the county's departments.
 */
@QuarkusTest
class ReferralTest {

    private static final String MEDICAL_NEED = "妻子李秀英肢体残疾二级，康复治疗自付费用高，申请医疗救助";
    private static final String STREET_OFFICE = "410305001";
    private static final String MEDICAL_BUREAU = "410305-YB";

    @Inject
    CalendarService calendar;

    @Test
    void aReferredNeedIsAcceptedAndAnsweredByTheCountysMedicalInsuranceBureauAndTheHouseholdSeesIt() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);

        JsonPath referred = refer(caseworker(), caseId, "MEDICAL_INSURANCE", MEDICAL_NEED);
        assertNoErrors(referred);
        String id = referred.getString("data.referCase.id");
        assertThat(referred.getString("data.referCase.officeCode")).isEqualTo(MEDICAL_BUREAU);
        assertThat(referred.getString("data.referCase.officeName")).isEqualTo("涧西区医疗保障局");
        assertThat(referred.getString("data.referCase.status")).isEqualTo("OPEN");
        assertThat(referred.getString("data.referCase.referredBy")).isEqualTo("涧西区湖北路街道办事处");
        LocalDate due = LocalDate.parse(referred.getString("data.referCase.dueOn"));
        assertThat(due).isEqualTo(calendar.calendar().addWorkingDays(calendar.today(), 10))
                .isAfterOrEqualTo(calendar.today().plusDays(12));

        JsonPath worklist = queue(officer(MEDICAL_BUREAU), "OPEN", 100, null);
        assertNoErrors(worklist);
        assertThat(worklist.getList("data.departmentReferrals.nodes.id")).contains(id);

        JsonPath accepted = op("AcceptReferral", officer(MEDICAL_BUREAU), Map.of("id", id, "expectedVersion", 1));
        assertNoErrors(accepted);
        assertThat(accepted.getString("data.acceptReferral.status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("data.acceptReferral.acceptedAt")).isNotNull();
        assertThat(queue(officer(MEDICAL_BUREAU), "ACCEPTED", 100, null).getList("data.departmentReferrals.nodes.id")).contains(id);

        JsonPath answered = answer(officer(MEDICAL_BUREAU), id, 2, "已纳入医疗救助，康复治疗自付部分按70%救助，请持医院票据到区医保局窗口办理");
        assertNoErrors(answered);
        assertThat(answered.getString("data.answerReferral.status")).isEqualTo("ANSWERED");
        assertThat(answered.getString("data.answerReferral.outcomeLabel")).isEqualTo("已给予救助");

        JsonPath detail = Operations.miniapp("CaseDetail", h.token(h.spouse), Map.of("id", caseId));
        assertNoErrors(detail);
        assertThat(detail.getList("data.case.referrals")).hasSize(1);
        assertThat(detail.getString("data.case.referrals[0].department")).isEqualTo("MEDICAL_INSURANCE");
        assertThat(detail.getString("data.case.referrals[0].status")).isEqualTo("ANSWERED");
        assertThat(detail.getString("data.case.referrals[0].need")).isEqualTo(MEDICAL_NEED);
        assertThat(detail.getString("data.case.referrals[0].outcome")).isEqualTo("HELP_GRANTED");
        assertThat(detail.getString("data.case.referrals[0].answer")).contains("70%");
        assertThat(detail.getString("data.case.referrals[0].dueOn")).isEqualTo(due.toString());
        assertThat(detail.getString("data.case.state")).as("a referral does not move the case").isEqualTo("SUBMITTED");
        assertThat(detail.getList("data.case.timeline.action")).containsExactly("SUBMIT", "REFER", "REFERRAL_ACCEPTED",
                "REFERRAL_ANSWERED");
        assertThat(detail.getString("data.case.timeline[1].actionLabel")).isEqualTo("转介至相关部门");
        assertThat(detail.getString("data.case.timeline[1].reason")).contains("涧西区医疗保障局").contains(MEDICAL_NEED);
        assertThat(detail.getString("data.case.timeline[1].dueDate")).as("a note starts no time limit").isNull();
        assertThat(detail.getString("data.case.timeline[3].actionLabel")).isEqualTo("相关部门已答复");
        assertThat(detail.getString("data.case.timeline[3].actorLabel")).isEqualTo("涧西区医疗保障局");
        assertThat(detail.getString("data.case.timeline[3].reason")).startsWith("已给予救助");

        assertThat(Sql.text("SELECT version FROM assistance_case WHERE id = '" + caseId + "'")).isEqualTo("1");
        assertThat(Sql.count("SELECT count(*) FROM notification_outbox o JOIN case_event e ON e.id = o.case_event_id"
                + " WHERE e.case_id = '" + caseId + "' AND e.action IN ('REFER', 'REFERRAL_ACCEPTED', 'REFERRAL_ANSWERED')"))
                .as("the household is told of every referral step").isEqualTo(3);
    }

    @Test
    void onlyTheDepartmentItWasSentToMayActOnAReferral() {
        String id = referNewHousehold("MEDICAL_INSURANCE");

        JsonPath otherCounty = op("AcceptReferral", officer("410302-YB"), Map.of("id", id, "expectedVersion", 1));
        assertThat(code(otherCounty)).isEqualTo("REFERRAL_NOT_FOUND");
        assertThat(otherCounty.getString("errors[0].message")).isEqualTo("没有找到这项转介。");
        assertThat(code(op("AcceptReferral", officer("410305-JY"), Map.of("id", id, "expectedVersion", 1))))
                .as("another department of the same county").isEqualTo("REFERRAL_NOT_FOUND");
        assertThat(queue(officer("410302-YB"), "OPEN", 100, null).getList("data.departmentReferrals.nodes.id")).doesNotContain(id);
        assertThat(Sql.text("SELECT status FROM referral WHERE id = '" + id + "'")).isEqualTo("OPEN");
    }

    @Test
    void onlyTheOfficesHandlingTheCaseMayReferIt() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);

        assertThat(code(refer(Tokens.staff(Role.CASEWORKER, "410305002"), caseId, "MEDICAL_INSURANCE", MEDICAL_NEED)))
                .as("a caseworker of another street office").isEqualTo("CASE_NOT_FOUND");
        assertThat(code(refer(Tokens.staff(Role.COUNTY_OFFICER, "410302-MZ"), caseId, "MEDICAL_INSURANCE", MEDICAL_NEED)))
                .as("another county's bureau").isEqualTo("CASE_NOT_FOUND");
        assertThat(code(refer(officer(MEDICAL_BUREAU), caseId, "MEDICAL_INSURANCE", MEDICAL_NEED))).isEqualTo("FORBIDDEN");
        assertThat(Sql.count("SELECT count(*) FROM referral WHERE case_id = '" + caseId + "'")).isZero();

        JsonPath byCounty = refer(Tokens.staff(Role.COUNTY_OFFICER, "410305-MZ"), caseId, "EDUCATION", "孩子王小明上初中，学杂费有困难");
        assertNoErrors(byCounty);
        assertThat(byCounty.getString("data.referCase.officeCode")).isEqualTo("410305-JY");
        assertThat(byCounty.getString("data.referCase.referredBy")).isEqualTo("洛阳市涧西区民政局");
    }

    @Test
    void residentsCannotUseTheDepartmentsQueriesOrMutations() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String id = refer(caseworker(), caseId, "MEDICAL_INSURANCE", MEDICAL_NEED).getString("data.referCase.id");
        String resident = h.applicantToken();

        assertThat(code(queue(resident, "OPEN", 10, null))).isEqualTo("FORBIDDEN");
        assertThat(code(op("AcceptReferral", resident, Map.of("id", id, "expectedVersion", 1)))).isEqualTo("FORBIDDEN");
        assertThat(code(answer(resident, id, 1, "自己答复"))).isEqualTo("FORBIDDEN");
        assertThat(code(refer(resident, caseId, "HOUSING", "房子漏雨"))).isEqualTo("FORBIDDEN");
        assertThat(code(queue(caseworker(), "OPEN", 10, null))).as("nor township staff").isEqualTo("FORBIDDEN");
    }

    @RepeatedTest(3)
    void twoOfficersAnsweringAtOnceWithTheSameVersionOneWinsAndTheOtherIsToldItChanged() throws Exception {
        String id = referNewHousehold("MEDICAL_INSURANCE");
        assertNoErrors(op("AcceptReferral", officer(MEDICAL_BUREAU), Map.of("id", id, "expectedVersion", 1)));

        List<JsonPath> answers = Concurrently.all(List.of(
                () -> answer(officer(MEDICAL_BUREAU), id, 2, "已纳入医疗救助"),
                () -> answer(officer(MEDICAL_BUREAU), id, 2, "按大病保险报销后再申请")));

        assertThat(answers.stream().filter(a -> a.getString("errors") == null)).hasSize(1);
        JsonPath loser = answers.stream().filter(a -> a.getString("errors") != null).findFirst().orElseThrow();
        assertThat(code(loser)).isEqualTo("REFERRAL_CHANGED");
        assertThat(loser.getString("errors[0].message")).contains("刷新");
        assertThat(Sql.count("SELECT count(*) FROM case_event e JOIN referral r ON r.case_id = e.case_id"
                + " WHERE r.id = '" + id + "' AND e.action = 'REFERRAL_ANSWERED'")).isEqualTo(1);
        assertThat(Sql.text("SELECT version FROM referral WHERE id = '" + id + "'")).isEqualTo("3");
    }

    @Test
    void referringNeedsTheNeedWrittenDown() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);

        JsonPath blank = refer(caseworker(), caseId, "MEDICAL_INSURANCE", "   ");
        assertThat(code(blank)).isEqualTo("REASON_REQUIRED");
        assertThat(blank.getString("errors[0].message")).containsPattern("\\p{IsHan}");
        assertThat(blank.getString("errors[0].extensions.details.field")).isEqualTo("need");
        assertThat(code(refer(caseworker(), caseId, "MEDICAL_INSURANCE", "病".repeat(2001)))).isEqualTo("VALIDATION_FAILED");
        assertThat(Sql.count("SELECT count(*) FROM referral WHERE case_id = '" + caseId + "'")).isZero();
        assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "' AND action = 'REFER'")).isZero();
    }

    @Test
    void eachStepNeedsItsStatusAndTheVersionSeen() {
        String id = referNewHousehold("MEDICAL_INSURANCE");

        JsonPath tooEarly = answer(officer(MEDICAL_BUREAU), id, 1, "已纳入医疗救助");
        assertThat(code(tooEarly)).isEqualTo("REFERRAL_ACTION_NOT_ALLOWED");
        assertThat(tooEarly.getString("errors[0].message")).contains("待受理").contains("答复");
        assertNoErrors(op("AcceptReferral", officer(MEDICAL_BUREAU), Map.of("id", id, "expectedVersion", 1)));
        assertThat(code(op("AcceptReferral", officer(MEDICAL_BUREAU), Map.of("id", id, "expectedVersion", 1))))
                .isEqualTo("REFERRAL_CHANGED");
        assertThat(code(decline(officer(MEDICAL_BUREAU), id, 2, "不属于本部门职责"))).as("an accepted referral is answered")
                .isEqualTo("REFERRAL_ACTION_NOT_ALLOWED");
        assertThat(code(answer(officer(MEDICAL_BUREAU), id, 2, " "))).isEqualTo("REASON_REQUIRED");
        assertThat(code(op("AcceptReferral", officer(MEDICAL_BUREAU),
                Map.of("id", "00000000-0000-0000-0000-000000000000", "expectedVersion", 1)))).isEqualTo("REFERRAL_NOT_FOUND");
        assertThat(code(op("AcceptReferral", officer(MEDICAL_BUREAU), Map.of("id", "not-an-id", "expectedVersion", 1))))
                .isEqualTo("REFERRAL_NOT_FOUND");
    }

    @Test
    void aDeclinedReferralShowsTheHouseholdWhy() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String id = refer(caseworker(), caseId, "HOUSING", "住房漏雨，需要危房改造").getString("data.referCase.id");

        assertThat(code(decline(officer("410305-ZJ"), id, 1, "  "))).isEqualTo("REASON_REQUIRED");
        JsonPath declined = decline(officer("410305-ZJ"), id, 1, "城镇住房困难请申请公租房，已告知街道");
        assertNoErrors(declined);
        assertThat(declined.getString("data.declineReferral.status")).isEqualTo("DECLINED");

        JsonPath detail = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(detail.getString("data.case.referrals[0].statusLabel")).isEqualTo("已退回");
        assertThat(detail.getString("data.case.referrals[0].declineReason")).contains("公租房");
        assertThat(detail.getList("data.case.timeline.action")).endsWith("REFER", "REFERRAL_DECLINED");
        assertThat(detail.getString("data.case.timeline[-1].reason")).contains("公租房");
    }

    @Test
    void oneReferralPerDepartmentWaitsForAnAnswerAtATime() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        String first = refer(caseworker(), caseId, "MEDICAL_INSURANCE", MEDICAL_NEED).getString("data.referCase.id");

        assertThat(refer(caseworker(), caseId, "MEDICAL_INSURANCE", MEDICAL_NEED).getString("data.referCase.id"))
                .as("the same request again").isEqualTo(first);
        JsonPath another = refer(caseworker(), caseId, "MEDICAL_INSURANCE", "另一项医疗需求");
        assertThat(code(another)).isEqualTo("REFERRAL_PENDING");
        assertThat(another.getString("errors[0].message")).contains("涧西区医疗保障局");
        assertNoErrors(refer(caseworker(), caseId, "HUMAN_RESOURCES", "王建国失业，需要就业帮扶"));
        assertThat(Sql.count("SELECT count(*) FROM case_event WHERE case_id = '" + caseId + "' AND action = 'REFER'")).isEqualTo(2);

        assertNoErrors(op("AcceptReferral", officer(MEDICAL_BUREAU), Map.of("id", first, "expectedVersion", 1)));
        assertNoErrors(answer(officer(MEDICAL_BUREAU), first, 2, "已纳入医疗救助"));
        JsonPath afterAnswer = refer(caseworker(), caseId, "MEDICAL_INSURANCE", "另一项医疗需求");
        assertNoErrors(afterAnswer);
        assertThat(afterAnswer.getString("data.referCase.id")).isNotEqualTo(first);
    }

    @Test
    void theWorklistIsOldestDueFirstAndItsPagesNeitherRepeatNorSkip() {
        List<String> mine = List.of(referNewHousehold("DISABLED_PERSONS_FEDERATION"), referNewHousehold("DISABLED_PERSONS_FEDERATION"),
                referNewHousehold("DISABLED_PERSONS_FEDERATION"));
        Sql.exec("UPDATE referral SET due_on = DATE '2001-01-05' WHERE id = '" + mine.get(2) + "'");

        List<String> seen = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = queue(officer("410305-CL"), "OPEN", 2, after);
            assertNoErrors(page);
            List<Map<String, Object>> nodes = page.getList("data.departmentReferrals.nodes");
            assertThat(nodes.size()).isLessThanOrEqualTo(2);
            for (Map<String, Object> n : nodes) {
                seen.add((String) n.get("id"));
                keys.add(n.get("dueOn") + "|" + n.get("id"));
            }
            after = page.getBoolean("data.departmentReferrals.pageInfo.hasNextPage")
                    ? page.getString("data.departmentReferrals.pageInfo.endCursor") : null;
        } while (after != null);

        assertThat(seen).doesNotHaveDuplicates().containsAll(mine);
        assertThat(keys).isSorted();
        assertThat(seen.get(0)).isEqualTo(mine.get(2));
        JsonPath firstPage = queue(officer("410305-CL"), "OPEN", 1, null);
        assertThat(firstPage.getBoolean("data.departmentReferrals.nodes[0].overdue")).isTrue();
        assertThat(code(queue(officer("410305-CL"), "OPEN", 2, "not-a-cursor"))).isEqualTo("CURSOR_INVALID");
    }

    @Test
    void aWithdrawnCaseIsNotReferred() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Operations.miniapp("WithdrawCase", h.applicantToken(), Map.of("id", caseId));

        JsonPath r = refer(caseworker(), caseId, "MEDICAL_INSURANCE", MEDICAL_NEED);
        assertThat(code(r)).isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(r.getString("errors[0].message")).contains("转介");
    }

    @Test
    void aDepartmentWithoutAnOfficeInTheCountyCannotBeReferredTo() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        assertThat(code(refer(caseworker(), caseId, "CHARITY", "需要慈善救助"))).isEqualTo("NO_RESPONSIBLE_OFFICE");
    }

    private static String referNewHousehold(String department) {
        String caseId = Journeys.submittedCaseId(new Household());
        JsonPath r = refer(caseworker(), caseId, department, "家庭困难，需要专项救助");
        assertNoErrors(r);
        return r.getString("data.referCase.id");
    }

    private static JsonPath refer(String token, String caseId, String department, String need) {
        return op("ReferCase", token, Map.of("caseId", caseId, "department", department, "need", need));
    }

    private static JsonPath answer(String token, String id, int version, String text) {
        return op("AnswerReferral", token, Map.of("id", id, "outcome", "HELP_GRANTED", "answer", text, "expectedVersion", version));
    }

    private static JsonPath decline(String token, String id, int version, String reason) {
        return op("DeclineReferral", token, Map.of("id", id, "reason", reason, "expectedVersion", version));
    }

    private static JsonPath queue(String token, String status, int first, String after) {
        Map<String, Object> variables = new HashMap<>(Map.of("status", status, "first", first));
        variables.put("after", after);
        return op("DepartmentReferrals", token, variables);
    }

    private static JsonPath op(String operation, String token, Map<String, Object> variables) {
        return GraphQL.execute(Operations.document("casework/" + operation), variables, token);
    }

    private static String caseworker() {
        return Tokens.staff(Role.CASEWORKER, STREET_OFFICE);
    }

    private static String officer(String departmentOffice) {
        return Tokens.staff(Role.DEPARTMENT_OFFICER, departmentOffice);
    }

    private static String code(JsonPath response) {
        return response.getString("errors[0].extensions.code");
    }

    private static void assertNoErrors(JsonPath response) {
        assertThat(response.getString("errors")).as(response.prettify()).isNull();
    }

}
