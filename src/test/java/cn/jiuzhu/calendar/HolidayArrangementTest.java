package cn.jiuzhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.testsupport.Casework;
import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Operations;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.TestClock;
import cn.jiuzhu.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A year's holiday arrangement loaded by an administrator: checked, versioned, and the due dates of open cases that run
 * into the year recounted over it, each move noted on the case's timeline. Before it is loaded, a due date counted into
 * the year is provisional, and says so in Chinese.
 *
 * <p>The 2027 arrangement here is a fixture shaped like the State Council's notices (元旦 on Friday 1 January with the
 * weekend, a Saturday worked), not the real one, which is not published yet; it is removed after each test.
 */
@QuarkusTest
class HolidayArrangementTest {

    private static final String ADMIN = Tokens.admin("admin-calendar");

    @Inject
    TestClock clock;

    @Inject
    CalendarService calendar;

    @BeforeEach
    void inDecember2026() {
        clock.set(Instant.parse("2026-12-02T02:00:00Z"));
    }

    @AfterEach
    void without2027() {
        clock.reset();
        Sql.exec("DELETE FROM calendar_arrangement_day WHERE year = 2027");
        Sql.exec("DELETE FROM calendar_arrangement WHERE year = 2027");
        calendar.reload().await().indefinitely();
    }

    static Map<String, Object> fixture2027(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("year", 2027);
        input.put("sourceTitle", title);
        input.put("sourceReference", "测试用");
        input.put("holidays", List.of(day("2027-01-01", "元旦"), day("2027-01-02", "元旦"), day("2027-01-03", "元旦")));
        input.put("workdays", List.of(day("2027-02-20", "春节调休")));
        return input;
    }

    static Map<String, Object> day(String date, String name) {
        return Map.of("date", date, "name", name);
    }

    private static JsonPath load(Map<String, Object> input) {
        return Operations.admin("LoadHolidayArrangement", ADMIN, Map.of("input", input));
    }

    /** A dibao case submitted on Thursday 31 December 2026: acceptance is due one working day later. */
    private static String submittedOnNewYearsEve(Household h) {
        String caseId = Journeys.submittedCaseId(h);
        Sql.exec("UPDATE assistance_case SET state_since = '2026-12-31 10:00+08', due_on = '2027-01-01' WHERE id = '" + caseId + "'");
        return caseId;
    }

    @Test
    void loading2027MovesAnOpenCasesDueDateAndSaysSoOnItsTimeline() {
        Household h = new Household();
        String caseId = submittedOnNewYearsEve(h);

        long notified = Sql.count("SELECT count(*) FROM notification_outbox WHERE case_id = '" + caseId + "'");
        JsonPath before = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(before.getString("data.case.progress.dueDate")).as("weekends only in 2027: Friday 1 January").isEqualTo("2027-01-01");
        assertThat(before.getBoolean("data.case.progress.dueDateProvisional")).isTrue();
        assertThat(before.getString("data.case.progress.dueDateNote")).contains("2027年的节假日安排尚未公布").contains("可能调整");
        JsonPath staffBefore = Operations.casework("OfficeCase", Casework.township(), Map.of("id", caseId));
        assertThat(staffBefore.getString("data.officeCase.dueOn")).isEqualTo("2027-01-01");
        assertThat(staffBefore.getBoolean("data.officeCase.dueDateProvisional")).isTrue();
        assertThat(staffBefore.getString("data.officeCase.progress.dueDateNote")).as("staff read it too").contains("2027年");

        JsonPath loaded = load(fixture2027("国务院办公厅关于2027年部分节假日安排的通知（测试）"));
        assertThat(loaded.getString("errors")).isNull();
        assertThat(loaded.getBoolean("data.loadHolidayArrangement.newVersion")).isTrue();
        assertThat(loaded.getInt("data.loadHolidayArrangement.dueDatesMoved")).isPositive();
        assertThat(loaded.getInt("data.loadHolidayArrangement.arrangement.version")).isEqualTo(1);
        assertThat(loaded.getList("data.loadHolidayArrangement.arrangement.holidays.date"))
                .containsExactly("2027-01-01", "2027-01-02", "2027-01-03");

        JsonPath after = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(after.getString("data.case.progress.dueDate")).as("元旦 off: the next working day is Monday 4 January")
                .isEqualTo("2027-01-04");
        assertThat(after.getBoolean("data.case.progress.dueDateProvisional")).isFalse();
        assertThat(after.getString("data.case.progress.dueDateNote")).isNull();
        assertThat(after.getList("data.case.timeline.action")).endsWith("DUE_DATE_MOVED");
        assertThat(after.getString("data.case.timeline[-1].actionLabel")).isEqualTo("办理期限调整");
        assertThat(after.getString("data.case.timeline[-1].actorLabel")).isEqualTo("系统");
        assertThat(after.getString("data.case.timeline[-1].reason"))
                .contains("2027年节假日安排已公布").contains("2027年1月1日调整为2027年1月4日");
        assertThat(after.getString("data.case.state")).as("a note, not a step").isEqualTo("SUBMITTED");
        JsonPath staffAfter = Operations.casework("OfficeCase", Casework.township(), Map.of("id", caseId));
        assertThat(staffAfter.getString("data.officeCase.dueOn")).as("the stored due date the worklists sort on").isEqualTo("2027-01-04");
        assertThat(staffAfter.getBoolean("data.officeCase.dueDateProvisional")).isFalse();
        assertThat(staffAfter.getInt("data.officeCase.version")).as("no step was taken").isEqualTo(staffBefore.getInt("data.officeCase.version"));
        assertThat(Sql.count("SELECT count(*) FROM notification_outbox WHERE case_id = '" + caseId + "'"))
                .as("the household is told, as of any step").isEqualTo(notified + 1);
    }

    @Test
    void aReferralWaitingForItsAnswerIsRecountedToo() {
        String caseId = Journeys.submittedCaseId(new Household());
        JsonPath referred = Operations.casework("ReferCase", Casework.township(),
                Map.of("caseId", caseId, "department", "MEDICAL_INSURANCE", "need", "康复治疗自付费用高，申请医疗救助"));
        String id = referred.getString("data.referCase.id");
        // Referred on Thursday 31 December: ten working days, weekends only in 2027, end on Thursday 14 January.
        Sql.exec("UPDATE referral SET created_at = '2026-12-31 10:00+08', due_on = '2027-01-14' WHERE id = '" + id + "'");
        load(fixture2027("国务院办公厅关于2027年部分节假日安排的通知（测试）"));
        assertThat(Sql.text("SELECT due_on FROM referral WHERE id = '" + id + "'")).as("元旦 off: one day later")
                .isEqualTo("2027-01-15");
    }

    @Test
    void aDueDateTheYearDoesNotReachIsLeftAlone() {
        Household h = new Household();
        String caseId = Journeys.submittedCaseId(h);
        Sql.exec("UPDATE assistance_case SET state_since = '2026-12-01 10:00+08', due_on = '2026-12-02' WHERE id = '" + caseId + "'");
        load(fixture2027("国务院办公厅关于2027年部分节假日安排的通知（测试）"));
        JsonPath after = Operations.miniapp("CaseDetail", h.applicantToken(), Map.of("id", caseId));
        assertThat(after.getString("data.case.progress.dueDate")).isEqualTo("2026-12-02");
        assertThat(after.getList("data.case.timeline.action")).doesNotContain("DUE_DATE_MOVED");
    }

    @Test
    void aCorrectionIsTheNextVersionAndTheSameArrangementAgainWritesNothing() {
        String title = "国务院办公厅关于2027年部分节假日安排的通知（测试）";
        assertThat(load(fixture2027(title)).getInt("data.loadHolidayArrangement.arrangement.version")).isEqualTo(1);
        JsonPath again = load(fixture2027(title));
        assertThat(again.getBoolean("data.loadHolidayArrangement.newVersion")).as("a retried load").isFalse();
        assertThat(again.getInt("data.loadHolidayArrangement.arrangement.version")).isEqualTo(1);

        Map<String, Object> corrected = fixture2027(title + "（更正）");
        corrected.put("holidays", List.of(day("2027-01-01", "元旦"), day("2027-01-02", "元旦"), day("2027-01-03", "元旦"),
                day("2027-02-15", "春节")));
        JsonPath second = load(corrected);
        assertThat(second.getInt("data.loadHolidayArrangement.arrangement.version")).isEqualTo(2);

        JsonPath history = Operations.admin("HolidayArrangements", null, Map.of("year", 2027));
        assertThat(history.getList("data.holidayArrangements.version")).containsExactly(2, 1);
        assertThat(history.getList("data.holidayArrangements.inForce")).containsExactly(true, false);
        assertThat(history.getList("data.holidayArrangements[0].holidays.date")).contains("2027-02-15");
        assertThat(history.getList("data.holidayArrangements[1].holidays.date")).doesNotContain("2027-02-15");
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2027, 2, 15))).as("counted over version 2").isFalse();
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2027, 2, 20))).as("the Saturday worked").isTrue();
    }

    @Test
    void adminsSeeWhichYearsAreMissing() {
        JsonPath before = Operations.admin("CalendarYears", ADMIN, Map.of());
        assertThat(before.getList("data.calendarYears.year")).containsExactly(2026, 2027);
        assertThat(before.getList("data.calendarYears.loaded")).containsExactly(true, false);
        assertThat(before.getString("data.calendarYears[0].sourceTitle")).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
        assertThat(before.getString("data.calendarYears[1].status")).contains("2027年节假日安排尚未导入").contains("暂按周末推算");
        load(fixture2027("国务院办公厅关于2027年部分节假日安排的通知（测试）"));
        JsonPath after = Operations.admin("CalendarYears", ADMIN, Map.of());
        assertThat(after.getList("data.calendarYears.loaded")).containsExactly(true, true);
        assertThat(after.getString("data.calendarYears[1].status")).contains("已导入");
    }

    @Test
    void anArrangementIsCheckedAndNothingIsKeptOfARefusedOne() {
        Map<String, String> refusals = new LinkedHashMap<>();
        Map<String, Object> outside = fixture2027("通知");
        outside.put("holidays", List.of(day("2026-12-31", "元旦")));
        refusals.put("DAY_OUTSIDE_YEAR", reason(load(outside)));
        Map<String, Object> both = fixture2027("通知");
        both.put("workdays", List.of(day("2027-01-02", "元旦调休")));
        refusals.put("DAY_BOTH_KINDS", reason(load(both)));
        Map<String, Object> weekday = fixture2027("通知");
        weekday.put("workdays", List.of(day("2027-02-17", "春节调休")));
        refusals.put("WORKDAY_NOT_WEEKEND", reason(load(weekday)));
        Map<String, Object> twice = fixture2027("通知");
        twice.put("holidays", List.of(day("2027-01-01", "元旦"), day("2027-01-01", "元旦")));
        refusals.put("DAY_DUPLICATED", reason(load(twice)));
        Map<String, Object> none = fixture2027("通知");
        none.put("holidays", List.of());
        refusals.put("NO_HOLIDAYS", reason(load(none)));
        Map<String, Object> far = fixture2027("通知");
        far.put("year", 2029);
        refusals.put("YEAR_OUT_OF_RANGE", reason(load(far)));
        refusals.forEach((expected, got) -> assertThat(got).as(expected).isEqualTo(expected));

        JsonPath outsideAnswer = load(outside);
        assertThat(outsideAnswer.getString("errors[0].message")).isEqualTo("节假日安排填写有误：2026-12-31不在2027年内");
        assertThat(outsideAnswer.getString("errors[0].extensions.details.field")).isEqualTo("holidays");
        assertThat(outsideAnswer.getString("errors[0].extensions.details.date")).isEqualTo("2026-12-31");

        Map<String, Object> untitled = fixture2027("  ");
        assertThat(load(untitled).getString("errors[0].extensions.code")).isEqualTo("FIELD_REQUIRED");
        assertThat(Sql.count("SELECT count(*) FROM calendar_arrangement WHERE year = 2027")).isZero();
        assertThat(calendar.calendar().knows(2027)).isFalse();
    }

    @Test
    void onlyAdministratorsLoadArrangements() {
        for (String token : new String[] { null, Tokens.resident(new Household().applicant), Casework.township(), Casework.county() }) {
            JsonPath refused = Operations.admin("LoadHolidayArrangement", token,
                    Map.of("input", fixture2027("国务院办公厅关于2027年部分节假日安排的通知（测试）")));
            assertThat(refused.getString("errors[0].extensions.code")).isIn("UNAUTHENTICATED", "FORBIDDEN");
            assertThat(Sql.count("SELECT count(*) FROM calendar_arrangement WHERE year = 2027")).isZero();
        }
    }

    private static String reason(JsonPath r) {
        assertThat(r.getString("errors[0].extensions.code")).isEqualTo("CALENDAR_INVALID");
        return r.getString("errors[0].extensions.details.reason");
    }
}
