package cn.jiuzhu.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Staff;
import cn.jiuzhu.testsupport.TestIds;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Work orders (工单) through the operations the hotline console ships: calls to 洛阳 12345 (4103-12345)
 * about people in 涧西区湖北路街道 (410305001), whose street office answers.
 */
@QuarkusTest
class WorkOrderTest {

    private static final String HOTLINE = "4103-12345";
    private static final String HUBEILU = Staff.HUBEILU_STREET;
    private static final String TIANJINLU = Staff.TIANJINLU_STREET;
    private static final String TANGCUN = "410305001001"; // 唐村社区, in 湖北路街道
    private static final String MOBILE = "13812345678";

    @Inject
    CalendarService calendar;

    @Test
    void aComplaintIsRoutedToTheTownshipAnsweredThereAndClosedAfterTheCallBack() {
        Sql.exec("INSERT INTO region (code, name, level, parent_code) VALUES ('" + TANGCUN
                + "', '唐村社区居民委员会', 'VILLAGE', '410305001') ON CONFLICT (code) DO NOTHING");
        String operator = operator();
        JsonPath opened = open(operator, call("COMPLAINT", "反映唐村社区低保评议不公开", TANGCUN));
        assertNoErrors(opened);
        String id = opened.getString("data.openWorkOrder.id");
        assertThat(opened.getString("data.openWorkOrder.status")).isEqualTo("ROUTED");
        assertThat(opened.getString("data.openWorkOrder.routedOfficeCode")).isEqualTo(HUBEILU);
        assertThat(opened.getString("data.openWorkOrder.routedOfficeName")).isEqualTo("涧西区湖北路街道办事处");
        assertThat(opened.getString("data.openWorkOrder.hotlineOfficeCode")).isEqualTo(HOTLINE);
        assertThat(LocalDate.parse(opened.getString("data.openWorkOrder.dueOn")))
                .isEqualTo(calendar.calendar().addWorkingDays(calendar.today(), 5))
                .isAfterOrEqualTo(calendar.today().plusDays(5));
        assertThat(opened.getBoolean("data.openWorkOrder.overdue")).isFalse();

        assertThat(ids(Operations.hotline("OfficeWorkOrders", caseworker(HUBEILU), Map.of("first", 100)), "officeWorkOrders"))
                .contains(id);
        assertThat(ids(Operations.hotline("MyOpenWorkOrders", operator, Map.of("first", 100)), "myOpenWorkOrders")).contains(id);

        JsonPath tooEarly = close(operator, id, "已回访", "SATISFIED", 1, false, null);
        assertThat(code(tooEarly)).as("routed, not answered yet").isEqualTo("WORK_ORDER_NOT_ANSWERED");

        JsonPath answered = answer(caseworker(HUBEILU), id, "经核查，唐村社区已补充公示评议结果，并向来电人说明", 1);
        assertNoErrors(answered);
        assertThat(answered.getString("data.answerWorkOrder.status")).isEqualTo("ANSWERED");
        assertThat(ids(Operations.hotline("OfficeWorkOrders", caseworker(HUBEILU), Map.of("first", 100)), "officeWorkOrders"))
                .as("answered orders leave the office's list").doesNotContain(id);

        assertThat(code(close(operator, id, "已回访，来电人认可处理结果", null, 2, false, null)))
                .as("a call-back records the caller's satisfaction").isEqualTo("FIELD_REQUIRED");
        JsonPath closed = close(operator, id, "已回访，来电人认可处理结果", "SATISFIED", 2, false, null);
        assertNoErrors(closed);
        assertThat(closed.getString("data.closeWorkOrder.status")).isEqualTo("CLOSED");
        assertThat(closed.getString("data.closeWorkOrder.satisfactionLabel")).isEqualTo("满意");
        assertThat(closed.getString("data.closeWorkOrder.closedAt")).isNotNull();
        assertThat(ids(Operations.hotline("MyOpenWorkOrders", operator, Map.of("first", 100)), "myOpenWorkOrders"))
                .as("closed orders leave the operator's open list").doesNotContain(id);
    }

    @Test
    void anotherTownshipsCaseworkerCannotAnswer() {
        String id = open(operator(), call("COMPLAINT", "反映湖北路街道窗口工作人员态度差", HUBEILU)).getString("data.openWorkOrder.id");

        JsonPath other = answer(caseworker(TIANJINLU), id, "已处理", 1);
        assertThat(code(other)).as("to another office the order does not exist").isEqualTo("WORK_ORDER_NOT_FOUND");
        assertThat(ids(Operations.hotline("OfficeWorkOrders", caseworker(TIANJINLU), Map.of("first", 100)), "officeWorkOrders"))
                .doesNotContain(id);
        assertThat(code(answer(Tokens.staff(Role.HOTLINE_OPERATOR, HOTLINE), id, "已处理", 1)))
                .as("the hotline does not answer for the office").isEqualTo("FORBIDDEN");
        assertThat(Sql.text("SELECT status FROM work_order WHERE id = '" + id + "'")).isEqualTo("ROUTED");
    }

    @Test
    void aRealNameReportIsClosedOnlyOnceTheResultWasFedBackToTheReporter() {
        String operator = operator();
        String id = open(operator, call("REAL_NAME_REPORT", "实名举报某户有两套商品房仍领取低保", HUBEILU))
                .getString("data.openWorkOrder.id");
        assertNoErrors(answer(caseworker(HUBEILU), id, "经入户核查和经济状况核对，举报属实，已停发低保", 1));

        JsonPath refused = close(operator, id, "已回访举报人", "SATISFIED", 2, false, null);
        assertThat(code(refused)).isEqualTo("REPORT_FEEDBACK_REQUIRED");
        assertThat(refused.getString("errors[0].message")).contains("反馈给举报人");
        assertThat(code(close(operator, id, "已回访举报人", "SATISFIED", 2, true, null)))
                .as("feedback given, but not what was said").isEqualTo("REPORT_FEEDBACK_REQUIRED");
        assertThat(Sql.text("SELECT status FROM work_order WHERE id = '" + id + "'")).isEqualTo("ANSWERED");

        JsonPath closed = close(operator, id, "已回访举报人", "SATISFIED", 2, true, "已告知举报人核查属实并已停发低保");
        assertNoErrors(closed);
        assertThat(closed.getString("data.closeWorkOrder.status")).isEqualTo("CLOSED");
        assertThat(closed.getBoolean("data.closeWorkOrder.feedbackGiven")).isTrue();
        assertThat(closed.getString("data.closeWorkOrder.feedback")).isEqualTo("已告知举报人核查属实并已停发低保");
    }

    @Test
    void aLeadBecomesAnOutreachTaskForTheTownshipWhichVisits() {
        Map<String, Object> input = call("LEAD", "邻居反映楼下独居老人生活困难", HUBEILU);
        input.put("personConcerned", "独居老人张某，约80岁，住湖北路街道，行动不便，无人照料");
        JsonPath opened = open(operator(), input);
        assertNoErrors(opened);
        String workOrderId = opened.getString("data.openWorkOrder.id");

        JsonPath tasks = Operations.hotline("MyOutreachTasks", caseworker(HUBEILU), Map.of("first", 100));
        assertNoErrors(tasks);
        List<Map<String, Object>> nodes = tasks.getList("data.myOutreachTasks.nodes");
        Map<String, Object> task = nodes.stream().filter(t -> workOrderId.equals(t.get("workOrderId"))).findFirst().orElseThrow();
        assertThat(task.get("officeCode")).isEqualTo(HUBEILU);
        assertThat(task.get("regionCode")).isEqualTo(HUBEILU);
        assertThat(task.get("personDescription")).isEqualTo("独居老人张某，约80岁，住湖北路街道，行动不便，无人照料");
        assertThat(task.get("status")).isEqualTo("OPEN");
        assertThat(LocalDate.parse((String) task.get("dueOn"))).isEqualTo(calendar.calendar().addWorkingDays(calendar.today(), 5));
        String taskId = (String) task.get("id");

        assertThat(Operations.hotline("MyOutreachTasks", caseworker(TIANJINLU), Map.of("first", 100))
                .getList("data.myOutreachTasks.nodes.id")).doesNotContain(taskId);
        assertThat(code(Operations.hotline("CompleteOutreachTask", caseworker(TIANJINLU), Map.of("id", taskId, "result", "已走访"))))
                .isEqualTo("OUTREACH_TASK_NOT_FOUND");

        JsonPath done = Operations.hotline("CompleteOutreachTask", caseworker(HUBEILU),
                Map.of("id", taskId, "result", "已入户走访，老人符合特困供养条件，已协助提出申请"));
        assertNoErrors(done);
        assertThat(done.getString("data.completeOutreachTask.status")).isEqualTo("VISITED");
        assertThat(done.getString("data.completeOutreachTask.visitedAt")).isNotNull();
        assertThat(Operations.hotline("MyOutreachTasks", caseworker(HUBEILU), Map.of("first", 100))
                .getList("data.myOutreachTasks.nodes.id")).doesNotContain(taskId);
        assertThat(code(Operations.hotline("CompleteOutreachTask", caseworker(HUBEILU), Map.of("id", taskId, "result", "再次走访"))))
                .isEqualTo("OUTREACH_TASK_VISITED");
    }

    @Test
    void aPolicyQuestionIsClosedAtOnce() {
        String operator = operator();
        JsonPath opened = open(operator, call("POLICY_QUESTION", "咨询低保申请需要哪些材料", null));
        assertNoErrors(opened);
        String id = opened.getString("data.openWorkOrder.id");
        assertThat(opened.getString("data.openWorkOrder.status")).isEqualTo("OPEN");
        assertThat(opened.getString("data.openWorkOrder.routedOfficeCode")).isNull();
        assertThat(opened.getString("data.openWorkOrder.dueOn")).isNull();
        assertThat(Sql.count("SELECT count(*) FROM outreach_task WHERE work_order_id = '" + id + "'")).isZero();

        JsonPath closed = close(operator, id, "已按低保政策解答所需材料", null, 1, false, null);
        assertNoErrors(closed);
        assertThat(closed.getString("data.closeWorkOrder.status")).isEqualTo("CLOSED");
        assertThat(code(close(operator, id, "再次办结", null, 2, false, null))).isEqualTo("WORK_ORDER_ACTION_NOT_ALLOWED");
        assertThat(code(close(operator, id, "再次办结", null, 1, false, null))).isEqualTo("WORK_ORDER_CHANGED");
        assertThat(code(close(Tokens.staff(Role.HOTLINE_OPERATOR, "4101-12345"), id, "办结", null, 2, false, null)))
                .as("another city's hotline").isEqualTo("WORK_ORDER_NOT_FOUND");
    }

    @Test
    void callsPerCategoryCountsTodaysCalls() {
        String operator = operator();
        String today = calendar.today().toString();
        Map<String, Integer> before = counts(operator, today);
        open(operator, call("POLICY_QUESTION", "咨询特困供养标准", null));
        open(operator, call("POLICY_QUESTION", "咨询临时救助条件", null));
        open(operator, call("COMPLAINT", "投诉街道未受理申请", HUBEILU));

        Map<String, Integer> after = counts(operator, today);
        assertThat(after.getOrDefault("POLICY_QUESTION", 0) - before.getOrDefault("POLICY_QUESTION", 0)).isEqualTo(2);
        assertThat(after.getOrDefault("COMPLAINT", 0) - before.getOrDefault("COMPLAINT", 0)).isEqualTo(1);
        assertThat(Operations.hotline("CallsPerCategory", Tokens.staff(Role.HOTLINE_OPERATOR, "4101-12345"),
                Map.of("from", today, "to", today)).getList("data.callsPerCategory")).as("another hotline's calls").isEmpty();
        assertThat(Operations.hotline("CallsPerCategory", operator, Map.of("from", "2020-01-01", "to", "2020-01-31"))
                .getList("data.callsPerCategory")).isEmpty();
    }

    @Test
    void aResidentIsRefusedOnEveryHotlineQuery() {
        String resident = Tokens.resident(TestIds.next());
        Map<String, Map<String, Object>> queries = Map.of(
                "MyOpenWorkOrders", Map.of("first", 10),
                "OverdueWorkOrders", Map.of("first", 10),
                "OfficeWorkOrders", Map.of("first", 10),
                "MyOutreachTasks", Map.of("first", 10),
                "CallsPerCategory", Map.of("from", "2026-01-01", "to", "2026-01-31"),
                "OpenWorkOrder", Map.of("input", call("POLICY_QUESTION", "咨询", null), "idempotencyKey", UUID.randomUUID().toString()));
        queries.forEach((operation, variables) -> {
            JsonPath refused = Operations.hotline(operation, resident, variables);
            assertThat(code(refused)).as(operation).isEqualTo("FORBIDDEN");
            assertThat(refused.getMap("data") == null || refused.getMap("data").values().stream().allMatch(v -> v == null))
                    .as(operation).isTrue();
        });
        assertThat(code(Operations.hotline("MyOpenWorkOrders", Staff.caseworker(HUBEILU), Map.of("first", 10))))
                .as("a caseworker is not an operator").isEqualTo("FORBIDDEN");
    }

    @Test
    void aRetriedOpenWorkOrderWithTheSameKeyMakesOneWorkOrder() {
        String operator = operator();
        String key = UUID.randomUUID().toString();
        Map<String, Object> input = call("LEAD", "反映某村残疾人家庭无收入", HUBEILU);
        JsonPath first = GraphQL.execute(Operations.document("hotline/OpenWorkOrder"), Map.of("input", input, "idempotencyKey", key), operator);
        JsonPath again = GraphQL.execute(Operations.document("hotline/OpenWorkOrder"), Map.of("input", input, "idempotencyKey", key), operator);
        assertNoErrors(first);
        assertNoErrors(again);
        String id = first.getString("data.openWorkOrder.id");
        assertThat(again.getString("data.openWorkOrder.id")).isEqualTo(id);
        assertThat(Sql.count("SELECT count(*) FROM work_order WHERE summary = '反映某村残疾人家庭无收入'")).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM outreach_task WHERE work_order_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void theCallersNumbersAreShownMasked() {
        String idNumber = TestIds.next();
        Map<String, Object> input = call("PROGRESS_ENQUIRY", "查询低保申请办到哪一步", null);
        input.put("callerIdNumber", idNumber);
        input.put("callerMobileNumber", "+86 138-1234-5678");
        String operator = operator();
        JsonPath opened = open(operator, input);
        assertNoErrors(opened);
        assertThat(opened.getString("data.openWorkOrder.callerMobileNumber")).isEqualTo("138****5678");
        assertThat(opened.getString("data.openWorkOrder.callerIdNumber"))
                .isEqualTo(idNumber.substring(0, 3) + "*".repeat(11) + idNumber.substring(14));
        String id = opened.getString("data.openWorkOrder.id");
        Map<String, Object> listed = Operations.hotline("MyOpenWorkOrders", operator, Map.of("first", 100))
                .getList("data.myOpenWorkOrders.nodes", Map.class).stream().filter(n -> id.equals(n.get("id"))).findFirst()
                .map(n -> (Map<String, Object>) n).orElseThrow();
        assertThat(listed.toString()).doesNotContain(MOBILE).doesNotContain(idNumber);
        assertThat(Sql.text("SELECT caller_mobile FROM work_order WHERE id = '" + id + "'")).as("kept whole for the call-back")
                .isEqualTo(MOBILE);

        input.put("callerMobileNumber", "12345");
        assertThat(code(open(operator, input))).isEqualTo("MOBILE_NUMBER_INVALID");
        input.put("callerMobileNumber", MOBILE);
        input.put("callerIdNumber", idNumber.substring(0, 17) + (idNumber.endsWith("0") ? "1" : "0"));
        assertThat(code(open(operator, input))).isEqualTo("ID_NUMBER_INVALID");
    }

    @Test
    void aComplaintNeedsATownshipOrVillage() {
        assertThat(code(open(operator(), call("COMPLAINT", "投诉", null)))).isEqualTo("FIELD_REQUIRED");
        assertThat(code(open(operator(), call("COMPLAINT", "投诉", "410305")))).isEqualTo("REGION_LEVEL_MISMATCH");
        assertThat(code(open(operator(), call("COMPLAINT", "投诉", "410305999")))).isEqualTo("REGION_NOT_FOUND");
    }

    @Test
    void aCallersNameOnTwoLinesIsTextInvalidWhileTheSummaryMayHaveSeveral() {
        Map<String, Object> input = call("POLICY_QUESTION", "咨询低保申请需要哪些材料\n以及到哪里办", null);
        input.put("callerName", "刘\r\n女士");
        JsonPath refused = open(operator(), input);
        assertThat(code(refused)).isEqualTo("TEXT_INVALID");
        assertThat(refused.getString("errors[0].extensions.details.field")).isEqualTo("callerName");
        input.put("callerName", "刘女士");
        assertNoErrors(open(operator(), input));
    }

    @Test
    void anUnansweredRoutedOrderPastItsDueDateIsOverdueForTheHotline() {
        String operator = operator();
        String id = open(operator, call("COMPLAINT", "投诉街道长期未答复", HUBEILU)).getString("data.openWorkOrder.id");
        assertThat(ids(Operations.hotline("OverdueWorkOrders", operator, Map.of("first", 100)), "overdueWorkOrders"))
                .doesNotContain(id);
        Sql.exec("UPDATE work_order SET due_on = current_date - 3 WHERE id = '" + id + "'");
        JsonPath overdue = Operations.hotline("OverdueWorkOrders", operator, Map.of("first", 100));
        assertThat(ids(overdue, "overdueWorkOrders")).contains(id);
        assertThat(ids(Operations.hotline("OverdueWorkOrders", Tokens.staff(Role.HOTLINE_OPERATOR, "4101-12345"),
                Map.of("first", 100)), "overdueWorkOrders")).as("another hotline").doesNotContain(id);
    }

    private static String operator() {
        return Tokens.staff(Role.HOTLINE_OPERATOR, HOTLINE);
    }

    private static String caseworker(String office) {
        return Staff.caseworker(office);
    }

    private static Map<String, Object> call(String category, String summary, String regionCode) {
        Map<String, Object> input = new HashMap<>();
        input.put("callerName", "刘女士");
        input.put("callerMobileNumber", MOBILE);
        input.put("category", category);
        input.put("summary", summary);
        input.put("regionCode", regionCode);
        return input;
    }

    private static JsonPath open(String token, Map<String, Object> input) {
        return Operations.hotline("OpenWorkOrder", token, Map.of("input", input, "idempotencyKey", UUID.randomUUID().toString()));
    }

    private static JsonPath answer(String token, String id, String answer, int expectedVersion) {
        return Operations.hotline("AnswerWorkOrder", token, Map.of("id", id, "answer", answer, "expectedVersion", expectedVersion));
    }

    private static JsonPath close(String token, String id, String outcome, String satisfaction, int expectedVersion,
            boolean feedbackGiven, String feedback) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", id, "outcome", outcome, "expectedVersion", expectedVersion,
                "feedbackGiven", feedbackGiven));
        variables.put("satisfaction", satisfaction);
        variables.put("feedback", feedback);
        return Operations.hotline("CloseWorkOrder", token, variables);
    }

    private static Map<String, Integer> counts(String token, String day) {
        JsonPath calls = Operations.hotline("CallsPerCategory", token, Map.of("from", day, "to", day));
        assertNoErrors(calls);
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> rows = calls.getList("data.callsPerCategory");
        rows.forEach(r -> counts.put((String) r.get("category"), (Integer) r.get("count")));
        return counts;
    }

    private static List<String> ids(JsonPath page, String field) {
        assertNoErrors(page);
        return page.getList("data." + field + ".nodes.id");
    }

    private static String code(JsonPath response) {
        return response.getString("errors[0].extensions.code");
    }

    private static void assertNoErrors(JsonPath response) {
        assertThat(response.getList("errors")).as(response.prettify()).isNullOrEmpty();
    }
}
