package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Objections during publicity and the democratic appraisal (民主评议) [DB], through the operations the staff console,
 * the hotline console and the mini-app ship. The household lives in 涧西区湖北路街道 (410305001), whose street office
 * handles its dibao case and receives the reports 洛阳 12345 (4103-12345) routes there; the reporter is 刘建国, whose
 * name and number must never reach the household or the noticeboard.
 */
@QuarkusTest
class DemocraticAppraisalTest {

    private static final String HOTLINE = "4103-12345";
    private static final String REPORTER = "刘建国";
    private static final String REPORTER_MOBILE = "13912345678";
    private static final String REPORT = "实名举报：公示中的低保申请户王建国家有一辆营运货车，跑运输有收入，申请时没有申报。";
    private static final String OPINION = "该户确有一辆营运货车，扣除油费后每月运输净收入约600元未申报，建议计入家庭收入后重新提出初审意见。";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** An operator of its own, so that its open work orders are these tests' alone. */
    private static final String OPERATOR = "operator-" + UUID.randomUUID();

    @Test
    void aReportDuringPublicityIsAppraisedTheCaseIsReviewedAgainAndTheReporterIsToldTheResult() {
        Household h = new Household();
        String caseId = inPublicity(h);
        String caseNumber = Casework.officeCase(Casework.township(), caseId).getString("data.officeCase.caseNumber");

        // The reporter calls the hotline; the report goes to the street office.
        JsonPath opened = open(call("REAL_NAME_REPORT", REPORT));
        assertNoErrors(opened);
        String orderId = opened.getString("data.openWorkOrder.id");
        assertThat(opened.getString("data.openWorkOrder.routedOfficeCode")).isEqualTo(Staff.HUBEILU_STREET);

        // The street office sees it is about a case of its own in publicity and records it as that case's objection.
        JsonPath recorded = Operations.hotline("RecordReportAsObjection", Casework.township(),
                Map.of("id", orderId, "caseNumber", caseNumber, "expectedVersion", 1));
        assertNoErrors(recorded);
        assertThat(recorded.getString("data.recordReportAsObjection.status")).isEqualTo("OBJECTION_RECORDED");
        assertThat(recorded.getString("data.recordReportAsObjection.statusLabel")).isEqualTo("已登记为公示异议");
        assertThat(recorded.getString("data.recordReportAsObjection.caseId")).isEqualTo(caseId);
        assertThat(Operations.hotline("OfficeWorkOrders", Casework.township(), Map.of("first", 100))
                .getList("data.officeWorkOrders.nodes.id")).as("no longer waiting for the office's answer").doesNotContain(orderId);

        JsonPath records = Casework.records(Casework.township(), caseId);
        assertThat(records.getList("data.officeCase.publicityObjections")).hasSize(1);
        assertThat(records.getString("data.officeCase.publicityObjections[0].source")).isEqualTo("HOTLINE_REPORT");
        assertThat(records.getString("data.officeCase.publicityObjections[0].workOrderId")).isEqualTo(orderId);
        assertThat(records.getString("data.officeCase.publicityObjections[0].content")).isEqualTo(REPORT);
        assertThat(records.getString("data.officeCase.publicityObjections[0].receivedOn")).isEqualTo(Casework.today().toString());
        assertThat(records.getString("data.officeCase.publicityObjections[0].answer")).isNull();
        assertThat(records.prettify()).as("staff read the report, not who made it").doesNotContain(REPORTER).doesNotContain(REPORTER_MOBILE);

        JsonPath detail = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(detail.getString("data.case.state")).isEqualTo("PUBLICITY");
        assertThat(detail.getString("data.case.proposedMonthlyAmount")).as("(669 × 3 − 700) on the declaration").isEqualTo("1307.00");
        assertThat(detail.getString("data.case.timeline[-1].action")).isEqualTo("OBJECTION_RECEIVED");
        assertThat(detail.getString("data.case.timeline[-1].actionLabel")).isEqualTo("公示期间收到异议");
        assertThat(detail.getString("data.case.timeline[-1].actorLabel")).isEqualTo("涧西区湖北路街道办事处");
        assertThat(detail.prettify()).as("the household learns there is an objection, not what it says or who made it")
                .doesNotContain(REPORTER).doesNotContain(REPORTER_MOBILE).doesNotContain("营运货车");

        // The hotline cannot call back yet, and the office cannot answer by hand: the objection's answer will.
        assertThat(code(close(orderId, 2, "已回访", "已告知"))).isEqualTo("WORK_ORDER_NOT_ANSWERED");
        assertThat(code(Operations.hotline("AnswerWorkOrder", Casework.township(),
                Map.of("id", orderId, "answer", "已登记", "expectedVersion", 2)))).isEqualTo("WORK_ORDER_ACTION_NOT_ALLOWED");

        // Seven days on, the case may not go to the county while the objection is open.
        Casework.publicityStartedAWeekAgo(caseId);
        JsonPath blocked = Casework.act(Casework.township(), caseId, "SEND_FOR_CONFIRMATION", null);
        assertThat(code(blocked)).isEqualTo("PRECONDITION_MISSING");
        assertThat(blocked.getList("errors[0].extensions.details.missing")).containsExactly("NO_UNRESOLVED_OBJECTION");
        assertThat(blocked.getString("errors[0].message")).isEqualTo("还不能报送审核确认，缺少：对公示期间异议的处理（民主评议或重新调查）。");

        // The street office holds the appraisal: 23 people take part.
        LocalDate heldOn = Casework.today();
        JsonPath held = holdAppraisal(Casework.township(), caseId, heldOn, 23, OPINION, version(caseId));
        assertNoErrors(held);
        assertThat(held.getString("data.holdAppraisal.state")).isEqualTo("INVESTIGATING");
        assertThat(held.getInt("data.holdAppraisal.appraisals[0].participants")).isEqualTo(23);
        assertThat(held.getString("data.holdAppraisal.appraisals[0].opinion")).isEqualTo(OPINION);
        assertThat(held.getString("data.holdAppraisal.appraisals[0].recordedBy")).isEqualTo("涧西区湖北路街道办事处");
        String summary = CHINESE_DATE.format(heldOn) + "召开民主评议会，23人参加。评议意见：" + OPINION;
        String answer = "经民主评议：" + summary + "乡镇（街道）将重新提出初审意见并公示。";
        assertThat(held.getString("data.holdAppraisal.publicityObjections[0].answeredBy")).isEqualTo("HOLD_APPRAISAL");
        assertThat(held.getString("data.holdAppraisal.publicityObjections[0].answer")).isEqualTo(answer);

        JsonPath afterAppraisal = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(afterAppraisal.getString("data.case.timeline[-1].action")).isEqualTo("HOLD_APPRAISAL");
        assertThat(afterAppraisal.getString("data.case.timeline[-1].actionLabel")).isEqualTo("民主评议");
        assertThat(afterAppraisal.getString("data.case.timeline[-1].fromState")).isEqualTo("PUBLICITY");
        assertThat(afterAppraisal.getString("data.case.timeline[-1].toState")).isEqualTo("INVESTIGATING");
        assertThat(afterAppraisal.getString("data.case.timeline[-1].reason")).isEqualTo(summary);
        assertThat(afterAppraisal.getString("data.case.appraisals[0].heldOn")).isEqualTo(heldOn.toString());
        assertThat(afterAppraisal.getInt("data.case.appraisals[0].participants")).isEqualTo(23);
        assertThat(afterAppraisal.getString("data.case.progress.stateLabel")).isEqualTo("调查核实中");
        assertThat(afterAppraisal.prettify()).doesNotContain(REPORTER).doesNotContain(REPORTER_MOBILE);

        // The reporter's work order now carries the result; the operator calls back and closes it with that feedback.
        Map<String, Object> order = openOrder(orderId);
        assertThat(order.get("status")).isEqualTo("ANSWERED");
        assertThat(order.get("answer")).isEqualTo(answer);
        assertThat(order.get("caseId")).isEqualTo(caseId);
        String feedback = "已电话告知举报人：" + CHINESE_DATE.format(heldOn) + "经23人参加的民主评议，认为反映的营运收入属实，街道将计入收入后重新公示。";
        JsonPath closed = close(orderId, (Integer) order.get("version"), "已回访举报人，告知民主评议结果", feedback);
        assertNoErrors(closed);
        assertThat(closed.getString("data.closeWorkOrder.status")).isEqualTo("CLOSED");
        assertThat(closed.getString("data.closeWorkOrder.feedback")).isEqualTo(feedback);

        // First review again: the truck's 600 a month counted, (669 × 3 − 700 − 600) = 707.00, a new seven-day publicity.
        JsonPath found = Casework.recordVerifiedHousehold(Casework.township(), caseId, withTruck(h), "民主评议：营运货车每月运输净收入约600元");
        assertNoErrors(found);
        assertThat(found.getString("data.recordVerifiedHousehold.benefitEstimate.monthlyAmount")).isEqualTo("707.00");
        Casework.step(Casework.township(), caseId, "START_PUBLICITY");
        JsonPath again = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(again.getString("data.case.state")).isEqualTo("PUBLICITY");
        assertThat(again.getString("data.case.proposedMonthlyAmount")).isEqualTo("707.00");
        assertThat(LocalDate.parse(again.getString("data.case.progress.dueDate"))).isEqualTo(Casework.today().plusDays(7));
        JsonPath board = Operations.casework("Publicity", null, Map.of("villageOrTownshipCode", Staff.HUBEILU_STREET));
        assertThat(board.prettify()).doesNotContain(REPORTER).doesNotContain(REPORTER_MOBILE);
        assertThat(code(Casework.act(Casework.township(), caseId, "SEND_FOR_CONFIRMATION", null)))
                .as("the new publicity runs its own seven days").isEqualTo("PUBLICITY_NOT_OVER");
        Casework.publicityStartedAWeekAgo(caseId);
        Casework.step(Casework.township(), caseId, "SEND_FOR_CONFIRMATION");
        assertThat(Casework.officeCase(Casework.township(), caseId).getString("data.officeCase.state")).isEqualTo("CONFIRMATION");
    }

    @Test
    void anObjectionTheTownshipReceivedItselfIsAnsweredByReinvestigating() {
        Household h = new Household();
        String caseId = inPublicity(h);
        String content = "同村村民到街道反映：该户儿子在郑州有稳定工作，月收入约6000元，家庭成员中没有如实填写。";

        assertThat(code(recordObjection(Casework.township(), caseId, Casework.today().minusDays(1), content)))
                .as("received before the publicity began").isEqualTo("VALIDATION_FAILED");
        assertThat(code(recordObjection(Casework.township(), caseId, Casework.today().plusDays(1), content)))
                .isEqualTo("VALIDATION_FAILED");
        JsonPath recorded = recordObjection(Casework.township(), caseId, Casework.today(), content);
        assertNoErrors(recorded);
        assertThat(recorded.getString("data.recordPublicityObjection.state")).isEqualTo("PUBLICITY");
        assertThat(recorded.getString("data.recordPublicityObjection.publicityObjections[0].source")).isEqualTo("TOWNSHIP");
        assertThat(recorded.getString("data.recordPublicityObjection.publicityObjections[0].sourceLabel")).isEqualTo("乡镇（街道）登记");
        assertThat(recorded.getString("data.recordPublicityObjection.publicityObjections[0].content")).isEqualTo(content);
        assertThat(Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId)).getString("data.case.timeline[-1].reason"))
                .isEqualTo("乡镇（街道）将核实，必要时重新调查或组织民主评议，之后重新提出初审意见并公示。");

        Casework.publicityStartedAWeekAgo(caseId);
        assertThat(code(Casework.act(Casework.township(), caseId, "SEND_FOR_CONFIRMATION", null))).isEqualTo("PRECONDITION_MISSING");

        assertThat(Casework.act(Casework.township(), caseId, "REOPEN_INVESTIGATION", "核实儿子的就业和收入情况")
                .getString("data.actOnCase.state")).isEqualTo("INVESTIGATING");
        JsonPath records = Casework.records(Casework.township(), caseId);
        assertThat(records.getString("data.officeCase.publicityObjections[0].answeredBy")).isEqualTo("REOPEN_INVESTIGATION");
        assertThat(records.getString("data.officeCase.publicityObjections[0].answer"))
                .isEqualTo("乡镇（街道）已重新调查核实：核实儿子的就业和收入情况。调查后将重新提出初审意见并公示。");
        assertThat(records.getList("data.officeCase.appraisals")).as("re-investigated, not appraised").isEmpty();
    }

    @Test
    void theTownshipMayHoldAnAppraisalWhenItJudgesTheFactsUnclear() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.underInvestigation(caseId);
        int before = version(caseId);

        JsonPath held = holdAppraisal(Casework.township(), caseId, Casework.today(), 15,
                "多数评议人员认为该户确实生活困难，配偶长期卧床，申请人仅打零工。", before);
        assertNoErrors(held);
        assertThat(held.getString("data.holdAppraisal.state")).isEqualTo("INVESTIGATING");
        assertThat(held.getInt("data.holdAppraisal.version")).isEqualTo(before + 1);
        assertThat(held.getInt("data.holdAppraisal.appraisals[0].participants")).isEqualTo(15);
        assertThat(held.getList("data.holdAppraisal.publicityObjections")).isEmpty();
        JsonPath detail = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(detail.getString("data.case.timeline[-1].action")).isEqualTo("HOLD_APPRAISAL");
        assertThat(detail.getString("data.case.timeline[-1].fromState")).isEqualTo("INVESTIGATING");
        assertThat(detail.getString("data.case.timeline[-1].reason")).contains("15人参加");
    }

    @Test
    void anAppraisalIsRefusedOutOfPlaceElsewhereWithTooFewPeopleOrWithoutAnOpinion() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.step(Casework.township(), caseId, "ACCEPT");
        int v = version(caseId);
        LocalDate today = Casework.today();

        JsonPath notNow = holdAppraisal(Casework.township(), caseId, today, 23, OPINION, v);
        assertThat(code(notNow)).as("accepted, not yet investigated or publicised").isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(notNow.getString("errors[0].message")).isEqualTo("当前办理阶段不能民主评议。");

        Casework.step(Casework.township(), caseId, "START_INVESTIGATION");
        v = version(caseId);
        assertThat(code(holdAppraisal(Staff.caseworker(Staff.TIANJINLU_STREET), caseId, today, 23, OPINION, v)))
                .as("another street office").isEqualTo("CASE_NOT_FOUND");
        assertThat(code(holdAppraisal(Staff.countyOfficer(Staff.JIANXI_BUREAU), caseId, today, 23, OPINION, v)))
                .as("the county does not appraise").isEqualTo("FORBIDDEN");

        JsonPath tooFew = holdAppraisal(Casework.township(), caseId, today, 9, OPINION, v);
        assertThat(code(tooFew)).isEqualTo("APPRAISAL_PARTICIPANTS_TOO_FEW");
        assertThat(tooFew.getString("errors[0].message")).isEqualTo("民主评议参加人数应不少于10人，这次记录的是9人。人数不够的，请重新组织评议。");
        JsonPath noOpinion = holdAppraisal(Casework.township(), caseId, today, 23, "  ", v);
        assertThat(code(noOpinion)).isEqualTo("FIELD_REQUIRED");
        assertThat(noOpinion.getString("errors[0].message")).isEqualTo("还有必填的内容没有填写：评议意见。");
        assertThat(code(holdAppraisal(Casework.township(), caseId, today.plusDays(1), 23, OPINION, v))).isEqualTo("VALIDATION_FAILED");
        assertThat(code(holdAppraisal(Casework.township(), caseId, today, 23, OPINION, v - 1))).isEqualTo("CASE_CHANGED");

        JsonPath bare = Casework.act(Casework.township(), caseId, "HOLD_APPRAISAL", "开过评议会了");
        assertThat(code(bare)).as("the step is taken only with its record").isEqualTo("PRECONDITION_MISSING");
        assertThat(bare.getList("errors[0].extensions.details.missing")).containsExactly("APPRAISAL_RECORD");

        assertThat(version(caseId)).as("nothing moved").isEqualTo(v);
        assertThat(Sql.count("SELECT count(*) FROM case_appraisal WHERE case_id = '" + caseId + "'")).as("nothing recorded").isZero();
        assertThat(Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId)).getList("data.case.appraisals")).isEmpty();
    }

    @Test
    void objectionsAreRecordedOnlyInPublicityByTheCasesOwnOfficeFromItsOwnReports() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Casework.investigated(caseId);
        String caseNumber = Casework.officeCase(Casework.township(), caseId).getString("data.officeCase.caseNumber");

        JsonPath notInPublicity = recordObjection(Casework.township(), caseId, Casework.today(), "反映该户有存款");
        assertThat(code(notInPublicity)).isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(notInPublicity.getString("errors[0].message")).isEqualTo("当前办理阶段不能登记公示异议。");
        String early = open(call("REAL_NAME_REPORT", "举报该户有存款")).getString("data.openWorkOrder.id");
        assertThat(code(recordReport(Casework.township(), early, caseNumber, 1))).isEqualTo("CASE_ACTION_NOT_ALLOWED");
        assertThat(Sql.text("SELECT status FROM work_order WHERE id = '" + early + "'")).as("rolled back with the refusal")
                .isEqualTo("ROUTED");

        Casework.step(Casework.township(), caseId, "START_PUBLICITY");
        assertThat(code(recordObjection(Staff.caseworker(Staff.TIANJINLU_STREET), caseId, Casework.today(), "反映该户有存款")))
                .as("another street office").isEqualTo("CASE_NOT_FOUND");
        assertThat(code(recordReport(Staff.caseworker(Staff.TIANJINLU_STREET), early, caseNumber, 1)))
                .as("a report routed elsewhere").isEqualTo("WORK_ORDER_NOT_FOUND");
        String elsewhere = open(callAbout(Staff.TIANJINLU_STREET, "举报湖北路街道的低保户")).getString("data.openWorkOrder.id");
        assertThat(code(recordReport(Staff.caseworker(Staff.TIANJINLU_STREET), elsewhere, caseNumber, 1)))
                .as("a report to another office naming this case").isEqualTo("CASE_NOT_FOUND");
        assertThat(code(recordReport(Casework.township(), early, "DB-410305-2026-99999", 1))).isEqualTo("CASE_NOT_FOUND");
        String complaint = open(call("COMPLAINT", "投诉公示栏位置太偏")).getString("data.openWorkOrder.id");
        JsonPath notAReport = recordReport(Casework.township(), complaint, caseNumber, 1);
        assertThat(code(notAReport)).isEqualTo("WORK_ORDER_CATEGORY_NOT_ALLOWED");
        assertThat(notAReport.getString("errors[0].message")).isEqualTo("“投诉”工单不能登记为公示异议，只有“实名举报”工单可以。");

        Sql.exec("UPDATE work_order SET created_at = now() - interval '3 days' WHERE id = '" + early + "'");
        JsonPath beforePublicity = recordReport(Casework.township(), early, caseNumber, 1);
        assertThat(code(beforePublicity)).as("a report from before the publicity is no objection to it").isEqualTo("VALIDATION_FAILED");
        assertThat(beforePublicity.getString("errors[0].extensions.details.reason")).isEqualTo("BEFORE_PUBLICITY");
        assertThat(Sql.count("SELECT count(*) FROM case_publicity_objection WHERE case_id = '" + caseId + "'")).isZero();

        String resident = h.applicantToken();
        JsonPath peek = GraphQL.execute("query ($id: ID!) { case(id: $id) { publicityObjections { content } } }", Map.of("id", caseId),
                resident);
        assertThat(code(peek)).as("the household never reads an objection").isEqualTo("FORBIDDEN");
    }

    @Test
    void aWithdrawalDuringPublicityAnswersTheReportWithoutTheHouseholdsReasons() {
        Household h = new Household();
        String caseId = inPublicity(h);
        String caseNumber = Casework.officeCase(Casework.township(), caseId).getString("data.officeCase.caseNumber");
        String orderId = open(call("REAL_NAME_REPORT", REPORT)).getString("data.openWorkOrder.id");
        assertNoErrors(recordReport(Casework.township(), orderId, caseNumber, 1));

        assertNoErrors(Operations.miniapp("WithdrawCase", h.applicantToken(), Map.of("id", caseId, "reason", "不想让邻居议论")));
        Map<String, Object> order = openOrder(orderId);
        assertThat(order.get("status")).isEqualTo("ANSWERED");
        assertThat(order.get("answer")).isEqualTo("申请人已撤回申请，不再审核。");
        assertNoErrors(close(orderId, (Integer) order.get("version"), "已回访举报人", "已告知举报人：申请人已撤回申请，不再审核。"));
    }

    private static String inPublicity(Household h) {
        String caseId = Journeys.submittedCaseId(h);
        Casework.investigated(caseId);
        Casework.step(Casework.township(), caseId, "START_PUBLICITY");
        return caseId;
    }

    /** The household as declared, with the truck the appraisal found: 600 a month net from transport. */
    private static Map<String, Object> withTruck(Household h) {
        Map<String, Object> form = h.form();
        Map<String, Object> household = new HashMap<>();
        household.put("members", form.get("members"));
        household.put("incomes", List.of(
                Map.of("category", "WAGES", "memberIdNumber", h.applicant, "monthlyAmount", "800.00", "monthlyEmploymentCost", "100.00",
                        "description", "打零工"),
                Map.of("category", "BUSINESS", "memberIdNumber", h.applicant, "monthlyAmount", "600.00", "description", "营运货车运输"),
                Map.of("category", "SOCIAL_ASSISTANCE", "monthlyAmount", "200.00", "description", "残疾人补贴")));
        household.put("properties", form.get("properties"));
        household.put("expenditures", form.get("expenditures"));
        return household;
    }

    private static int version(String caseId) {
        return Staff.version(Casework.township(), caseId);
    }

    private static String operator() {
        return Tokens.staff(Role.HOTLINE_OPERATOR, HOTLINE, OPERATOR);
    }

    private static Map<String, Object> call(String category, String summary) {
        return callAbout(Staff.HUBEILU_STREET, category, summary);
    }

    private static Map<String, Object> callAbout(String township, String summary) {
        return callAbout(township, "REAL_NAME_REPORT", summary);
    }

    private static Map<String, Object> callAbout(String township, String category, String summary) {
        Map<String, Object> input = new HashMap<>();
        input.put("callerName", REPORTER);
        input.put("callerMobileNumber", REPORTER_MOBILE);
        input.put("category", category);
        input.put("summary", summary);
        input.put("regionCode", township);
        return input;
    }

    private static JsonPath open(Map<String, Object> input) {
        return Operations.hotline("OpenWorkOrder", operator(), Map.of("input", input, "idempotencyKey", UUID.randomUUID().toString()));
    }

    private static JsonPath recordReport(String token, String orderId, String caseNumber, int expectedVersion) {
        return Operations.hotline("RecordReportAsObjection", token,
                Map.of("id", orderId, "caseNumber", caseNumber, "expectedVersion", expectedVersion));
    }

    /** The operator's own open work order, as the console lists it. */
    private static Map<String, Object> openOrder(String orderId) {
        JsonPath open = Operations.hotline("MyOpenWorkOrders", operator(), Map.of("first", 100));
        assertNoErrors(open);
        List<Map<String, Object>> nodes = open.getList("data.myOpenWorkOrders.nodes");
        return nodes.stream().filter(n -> orderId.equals(n.get("id"))).findFirst().orElseThrow();
    }

    private static JsonPath close(String orderId, int expectedVersion, String outcome, String feedback) {
        return Operations.hotline("CloseWorkOrder", operator(), Map.of("id", orderId, "outcome", outcome, "satisfaction", "SATISFIED",
                "expectedVersion", expectedVersion, "feedbackGiven", true, "feedback", feedback));
    }

    private static JsonPath recordObjection(String token, String caseId, LocalDate receivedOn, String content) {
        return Operations.casework("RecordPublicityObjection", token,
                Map.of("caseId", caseId, "receivedOn", receivedOn.toString(), "content", content));
    }

    private static JsonPath holdAppraisal(String token, String caseId, LocalDate heldOn, int participants, String opinion,
            int expectedVersion) {
        return Operations.casework("HoldAppraisal", token, Map.of("caseId", caseId, "heldOn", heldOn.toString(),
                "participants", participants, "opinion", opinion, "expectedVersion", expectedVersion));
    }

    private static void assertNoErrors(JsonPath r) {
        assertThat(r.getList("errors")).as(r.prettify()).isNull();
    }

    private static String code(JsonPath r) {
        return r.getString("errors[0].extensions.code");
    }
}
