package cn.jiuzhu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.testsupport.GraphQL;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Staff worklists through the operations in frontend-contract/operations/casework. Each test files
 * its cases in townships no other test uses, then arranges states and due dates as the offices
 * would have left them. The county queue of 涧西区 is shared with the rest of the suite, so those
 * assertions are about the cases filed here.
 */
@QuarkusTest
class WorklistTest {

    // 洛阳市涧西区 (410305) street offices, and a township of 老城区 and of 洛龙区.
    private static final String CHANGCHUN_ROAD = "410305003";
    private static final String NANCHANG_ROAD = "410305004";
    private static final String ZHENGZHOU_ROAD = "410305007";
    private static final String WUHAN_ROAD = "410305008";
    private static final String ZHUJIANG_ROAD = "410305010";
    private static final String ZHOUSHAN_ROAD = "410305011";
    private static final String LAOCHENG_DONGNANYU = "410302004";
    private static final String LUOLONG_GUANLIN = "410311004";

    /** Due date (none last), then id as PostgreSQL orders uuids: byte by byte, as their lowercase text does. */
    private static final Comparator<Map<String, Object>> QUEUE_ORDER = Comparator
            .<Map<String, Object>, LocalDate>comparing(n -> n.get("dueOn") == null ? LocalDate.MAX : LocalDate.parse((String) n.get("dueOn")))
            .thenComparing(n -> (String) n.get("id"));

    @Test
    void aTownshipSeesItsOwnOpenCasesAndNotAnotherTownships() {
        String ours = fileCaseIn(CHANGCHUN_ROAD).id();
        String theirs = fileCaseIn(NANCHANG_ROAD).id();

        assertThat(ids(walk("MyOfficeQueue", caseworkerOf(CHANGCHUN_ROAD), Map.of(), 20))).contains(ours).doesNotContain(theirs);
        assertThat(ids(walk("MyOfficeQueue", caseworkerOf(NANCHANG_ROAD), Map.of(), 20))).contains(theirs).doesNotContain(ours);
    }

    @Test
    void aWithdrawnCaseLeavesTheQueue() {
        Filed filed = fileCaseIn(CHANGCHUN_ROAD);
        Operations.miniapp("WithdrawCase", filed.household().applicantToken(), Map.of("id", filed.id()));

        assertThat(ids(walk("MyOfficeQueue", caseworkerOf(CHANGCHUN_ROAD), Map.of(), 20))).doesNotContain(filed.id());
    }

    @Test
    void aCaseworkerOfAnotherOfficeDoesNotSeeTheCase() {
        String caseId = Journeys.submittedCaseId(new Household()); // 涧西区湖北路街道, 410305001

        assertThat(ids(walk("MyOfficeQueue", Household.staffToken(), Map.of(), 100))).contains(caseId);
        assertThat(ids(walk("MyOfficeQueue", caseworkerOf("410305002"), Map.of(), 100))).doesNotContain(caseId);
        assertThat(ids(walk("MyOfficeQueue", caseworkerOf("410302001"), Map.of(), 100))).doesNotContain(caseId);
        assertThat(ids(walk("MyOfficeQueue", Tokens.staff(Role.DEPARTMENT_OFFICER, "410305-JY"), Map.of(), 100)))
                .doesNotContain(caseId);
    }

    @Test
    void overdueCasesComeFirstThenByDueDateAndCasesWithoutOneLast() {
        LocalDate today = today();
        String later = fileCaseIn(ZHENGZHOU_ROAD).id();
        String none = fileCaseIn(ZHENGZHOU_ROAD).id();
        String overdue = fileCaseIn(ZHENGZHOU_ROAD).id();
        String longOverdue = fileCaseIn(ZHENGZHOU_ROAD).id();
        dueOn(later, today.plusDays(5));
        dueOn(none, null);
        dueOn(overdue, today.minusDays(3));
        dueOn(longOverdue, today.minusDays(10));

        List<Map<String, Object>> queue = walk("MyOfficeQueue", caseworkerOf(ZHENGZHOU_ROAD), Map.of(), 20);

        assertThat(ids(queue)).filteredOn(List.of(later, none, overdue, longOverdue)::contains)
                .containsExactly(longOverdue, overdue, later, none);
        Map<String, Map<String, Object>> byId = byId(queue);
        assertThat(byId.get(longOverdue).get("overdueWorkingDays")).isNotNull();
        assertThat(byId.get(overdue).get("overdueWorkingDays")).isNotNull();
        assertThat(byId.get(later).get("overdueWorkingDays")).isNull();
        assertThat(byId.get(none).get("overdueWorkingDays")).isNull();
        assertThat(byId.get(none).get("dueOn")).isNull();
    }

    @Test
    void paginationWalksEveryCaseOnceInQueueOrder() {
        LocalDate today = today();
        List<String> filed = new ArrayList<>();
        // Ties on the due date, cases without one, and a page size that splits both.
        LocalDate[] dues = { today.minusDays(2), today.plusDays(1), null, today.minusDays(2), today.plusDays(1), null,
                today.plusDays(1) };
        for (LocalDate due : dues) {
            String id = fileCaseIn(WUHAN_ROAD).id();
            dueOn(id, due);
            filed.add(id);
        }

        List<Map<String, Object>> walked = walk("MyOfficeQueue", caseworkerOf(WUHAN_ROAD), Map.of(), 2);

        assertThat(ids(walked)).doesNotHaveDuplicates().containsAll(filed);
        assertThat(walked).isSortedAccordingTo(QUEUE_ORDER);
    }

    @Test
    void aStatesFilterKeepsOnlyThoseStates() {
        String accepted = fileCaseIn(ZHOUSHAN_ROAD).id();
        String submitted = fileCaseIn(ZHOUSHAN_ROAD).id();
        putIn(accepted, CaseState.ACCEPTED);

        List<Map<String, Object>> queue = walk("MyOfficeQueue", caseworkerOf(ZHOUSHAN_ROAD),
                Map.of("states", List.of("ACCEPTED", "ACCEPTED")), 20);

        assertThat(ids(queue)).containsOnlyOnce(accepted).doesNotContain(submitted);
        assertThat(queue).extracting(n -> n.get("state")).containsOnly("ACCEPTED");
    }

    @Test
    void theCountySeesItsCountysCasesInConfirmationAndNotAnotherCountys() {
        String inConfirmation = fileCaseIn(ZHUJIANG_ROAD).id();
        String stillSubmitted = fileCaseIn(ZHUJIANG_ROAD).id();
        String inAnotherCounty = fileCaseIn(LAOCHENG_DONGNANYU).id();
        putIn(inConfirmation, CaseState.CONFIRMATION);
        putIn(inAnotherCounty, CaseState.CONFIRMATION);

        List<Map<String, Object>> jianxi = walk("CountyQueue", countyOfficerOf("410305-MZ"), Map.of(), 100);
        assertThat(ids(jianxi)).contains(inConfirmation).doesNotContain(stillSubmitted, inAnotherCounty);
        assertThat(jianxi).extracting(n -> n.get("state"))
                .isSubsetOf("INVESTIGATING", "CONFIRMATION", "REFUSAL_OBJECTED", "APPROVED", "REVIEW_OBJECTED");
        assertThat(jianxi).isSortedAccordingTo(QUEUE_ORDER);
        Map<?, ?> office = (Map<?, ?>) byId(jianxi).get(inConfirmation).get("assignedOffice");
        assertThat(office.get("code")).isEqualTo(ZHUJIANG_ROAD);
        assertThat((String) office.get("name")).contains("珠江路街道");

        assertThat(ids(walk("CountyQueue", countyOfficerOf("410302-MZ"), Map.of(), 100))).contains(inAnotherCounty)
                .doesNotContain(inConfirmation);
        assertThat(ids(walk("CountyQueue", countyOfficerOf("410305-MZ"), Map.of("states", List.of("SUBMITTED")), 100)))
                .contains(stillSubmitted).doesNotContain(inConfirmation);
    }

    @Test
    void overdueCasesListsOnlyTheCountysOverdueCasesWithTheWorkingDaysTheyAreLate() {
        LocalDate today = today();
        String weekLate = fileCaseIn(LUOLONG_GUANLIN).id();
        String twoWeeksLate = fileCaseIn(LUOLONG_GUANLIN).id();
        String dueToday = fileCaseIn(LUOLONG_GUANLIN).id();
        String dueLater = fileCaseIn(LUOLONG_GUANLIN).id();
        String noDueDate = fileCaseIn(LUOLONG_GUANLIN).id();
        Filed withdrawn = fileCaseIn(LUOLONG_GUANLIN);
        Operations.miniapp("WithdrawCase", withdrawn.household().applicantToken(), Map.of("id", withdrawn.id()));
        putIn(twoWeeksLate, CaseState.CONFIRMATION);
        dueOn(weekLate, today.minusDays(7));
        dueOn(twoWeeksLate, today.minusDays(14));
        dueOn(dueToday, today);
        dueOn(dueLater, today.plusDays(3));
        dueOn(noDueDate, null);
        dueOn(withdrawn.id(), today.minusDays(20));

        List<Map<String, Object>> overdue = walk("OverdueCases", countyOfficerOf("410311-MZ"), Map.of(), 1);

        assertThat(ids(overdue)).filteredOn(List.of(weekLate, twoWeeksLate, dueToday, dueLater, noDueDate, withdrawn.id())::contains)
                .containsExactly(twoWeeksLate, weekLate);
        assertThat(overdue).allSatisfy(n -> assertThat(LocalDate.parse((String) n.get("dueOn"))).isBefore(today));
        Map<String, Map<String, Object>> byId = byId(overdue);
        assertThat(byId.get(weekLate).get("overdueWorkingDays")).isEqualTo(workingDaysLate(today.minusDays(7), today));
        assertThat(byId.get(twoWeeksLate).get("overdueWorkingDays")).isEqualTo(workingDaysLate(today.minusDays(14), today));
        assertThat(byId.get(twoWeeksLate).get("state")).isEqualTo("CONFIRMATION");
        assertThat(((Map<?, ?>) byId.get(weekLate).get("assignedOffice")).get("code")).isEqualTo(LUOLONG_GUANLIN);

        assertThat(ids(walk("OverdueCases", countyOfficerOf("410305-MZ"), Map.of(), 100))).doesNotContain(weekLate, twoWeeksLate);
    }

    @Test
    void residentsAndStaffOfTheWrongKindAreForbidden() {
        String resident = new Household().applicantToken();
        assertRefused(run("MyOfficeQueue", resident, Map.of()), "FORBIDDEN");
        assertRefused(run("CountyQueue", resident, Map.of()), "FORBIDDEN");
        assertRefused(run("OverdueCases", resident, Map.of()), "FORBIDDEN");
        assertRefused(run("CountyQueue", Household.staffToken(), Map.of()), "FORBIDDEN");
        assertRefused(run("OverdueCases", Household.staffToken(), Map.of()), "FORBIDDEN");
        assertRefused(run("MyOfficeQueue", countyOfficerOf("410305-MZ"), Map.of()), "FORBIDDEN");
        assertRefused(run("MyOfficeQueue", null, Map.of()), "UNAUTHENTICATED");
    }

    @Test
    void aForeignCursorIsRefused() {
        assertRefused(run("MyOfficeQueue", Household.staffToken(), Map.of("after", "bm90LWEtY3Vyc29y")), "CURSOR_INVALID");
        String myCasesCursor = PageRequest.encode("2026-11-22T09:30:00Z|" + new UUID(0, 1));
        assertRefused(run("MyOfficeQueue", Household.staffToken(), Map.of("after", myCasesCursor)), "CURSOR_INVALID");
    }

    /**
     * Working days in (due, today] for a due date a whole number of weeks ago, counted by hand: five
     * per week, less the public holidays falling on weekdays, plus the weekend days worked instead
     * (调休), from the calendar the service reads.
     */
    private static int workingDaysLate(LocalDate due, LocalDate today) {
        long weeks = ChronoUnit.DAYS.between(due, today) / 7;
        String window = "day > '" + due + "' AND day <= '" + today + "'";
        long holidays = Sql.count("SELECT count(*) FROM calendar_day WHERE kind = 'HOLIDAY' AND extract(isodow FROM day) < 6 AND " + window);
        long workdays = Sql.count("SELECT count(*) FROM calendar_day WHERE kind = 'WORKDAY' AND " + window);
        return (int) (5 * weeks - holidays + workdays);
    }

    /** A dibao case filed by a new household living in a township (in its first community). */
    private static Filed fileCaseIn(String township) {
        Household h = new Household();
        String token = h.applicantToken();
        String draft = Journeys.startDraft(token, "DIBAO");
        Map<String, Object> form = h.form();
        form.put("residenceRegionCode", Household.firstVillageOf(township));
        Journeys.save(token, draft, 1, form);
        JsonPath submitted = Operations.miniapp("SubmitApplication", token, Map.of("id", draft, "idempotencyKey", Household.key()));
        String id = submitted.getString("data.submitApplication.id");
        assertThat(id).as(submitted.prettify()).isNotNull();
        return new Filed(id, h);
    }

    private record Filed(String id, Household household) {
    }

    /** Every page of a worklist, following endCursor. */
    private static List<Map<String, Object>> walk(String operation, String token, Map<String, Object> variables, int pageSize) {
        String field = Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
        List<Map<String, Object>> nodes = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = new HashMap<>(variables);
            page.put("first", pageSize);
            page.put("after", after);
            JsonPath r = run(operation, token, page);
            assertThat(r.getList("errors")).as(r.prettify()).isNull();
            nodes.addAll(r.getList("data." + field + ".nodes"));
            after = r.getBoolean("data." + field + ".pageInfo.hasNextPage") ? r.getString("data." + field + ".pageInfo.endCursor") : null;
        } while (after != null);
        return nodes;
    }

    private static JsonPath run(String operation, String token, Map<String, Object> variables) {
        return GraphQL.execute(Operations.document("casework/" + operation), variables, token);
    }

    private static List<String> ids(List<Map<String, Object>> nodes) {
        return nodes.stream().map(n -> (String) n.get("id")).toList();
    }

    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> nodes) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        nodes.forEach(n -> byId.put((String) n.get("id"), n));
        return byId;
    }

    private static String caseworkerOf(String office) {
        return Tokens.staff(Role.CASEWORKER, office);
    }

    private static String countyOfficerOf(String bureau) {
        return Tokens.staff(Role.COUNTY_OFFICER, bureau);
    }

    private static LocalDate today() {
        return LocalDate.now(ChinaTime.ZONE);
    }

    private static void dueOn(String caseId, LocalDate due) {
        Sql.exec("UPDATE assistance_case SET due_on = " + (due == null ? "NULL" : "'" + due + "'") + " WHERE id = '" + caseId + "'");
    }

    private static void putIn(String caseId, CaseState state) {
        Sql.exec("UPDATE assistance_case SET state = '" + state + "', state_since = now() WHERE id = '" + caseId + "'");
    }

    private static void assertRefused(JsonPath response, String code) {
        assertThat(response.getString("errors[0].extensions.code")).as(response.prettify()).isEqualTo(code);
    }
}
