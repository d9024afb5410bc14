package cn.jiuzhu.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Calendar2026;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar PLAIN_WEEKS = new WorkingDayCalendar(Set.of(), Set.of(), Set.of());
    private static final WorkingDayCalendar CHINA_2026 = Calendar2026.load();

    @Test
    void mondayToFridayAreWorkingDaysAndTheWeekendIsNot() {
        // 2026-06-15 is a Monday.
        for (int day = 15; day <= 19; day++) {
            assertThat(PLAIN_WEEKS.isWorkingDay(LocalDate.of(2026, 6, day))).as("June %d", day).isTrue();
        }
        assertThat(PLAIN_WEEKS.isWorkingDay(LocalDate.of(2026, 6, 20))).isFalse();
        assertThat(PLAIN_WEEKS.isWorkingDay(LocalDate.of(2026, 6, 21))).isFalse();
    }

    @Test
    void aHolidayOnAWeekdayIsNotAWorkingDay() {
        var calendar = new WorkingDayCalendar(Set.of(LocalDate.of(2026, 6, 19)), Set.of(), Set.of());

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse(); // 端午节, a Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 18))).isTrue();
    }

    @Test
    void anAdjustedWeekendDayIsAWorkingDay() {
        var calendar = new WorkingDayCalendar(Set.of(), Set.of(LocalDate.of(2026, 10, 10)), Set.of());

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // a Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
    }

    @Test
    void theShipped2026CalendarKnowsTheStateCouncilsArrangement() {
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse(); // 元旦, Thursday
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue(); // Sunday, 调休
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // Saturday, 调休
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // 春节, Monday
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse(); // 春节, Monday
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue(); // first day back, Tuesday
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue(); // Saturday, 调休
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue(); // Saturday, 调休
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue(); // Sunday, 调休
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // 国庆节, Thursday
        assertThat(CHINA_2026.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // Saturday, 调休
    }

    @Test
    void countingStartsTheDayAfterTheAct() {
        // Monday + 1 is Tuesday; Friday + 1 skips the weekend; a Saturday act counts from Monday.
        assertThat(PLAIN_WEEKS.addWorkingDays(LocalDate.of(2026, 6, 15), 1)).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(PLAIN_WEEKS.addWorkingDays(LocalDate.of(2026, 6, 12), 1)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(PLAIN_WEEKS.addWorkingDays(LocalDate.of(2026, 6, 13), 1)).isEqualTo(LocalDate.of(2026, 6, 15));
        // Mon 15 → 16, 17, 18, 19, then Mon 22 is the fifth.
        assertThat(PLAIN_WEEKS.addWorkingDays(LocalDate.of(2026, 6, 15), 5)).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(PLAIN_WEEKS.addWorkingDays(LocalDate.of(2026, 6, 13), 0)).isEqualTo(LocalDate.of(2026, 6, 13));
    }

    @Test
    void nationalDayHolidaysAreSkippedAndItsAdjustedSaturdayCounts() {
        // From Wed 30 Sep: 1–7 Oct off; Thu 8 = 1, Fri 9 = 2, Sat 10 (调休) = 3, Sun 11 off, Mon 12 = 4.
        LocalDate eve = LocalDate.of(2026, 9, 30);
        assertThat(CHINA_2026.addWorkingDays(eve, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CHINA_2026.addWorkingDays(eve, 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(CHINA_2026.addWorkingDays(eve, 4)).isEqualTo(LocalDate.of(2026, 10, 12));
        // Confirmation within 10 working days: … Mon 12 = 4, 13–16 = 5–8, weekend, Mon 19 = 9, Tue 20 = 10.
        assertThat(CHINA_2026.addWorkingDays(eve, 10)).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void midAutumnAndItsAdjustedSundayBeforeNationalDay() {
        // From Thu 24 Sep: 25–27 off (Fri–Sun), Mon 28 = 1.
        assertThat(CHINA_2026.addWorkingDays(LocalDate.of(2026, 9, 24), 1)).isEqualTo(LocalDate.of(2026, 9, 28));
        // From Fri 18 Sep: Sat 19 off, Sun 20 (调休) = 1.
        assertThat(CHINA_2026.addWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void aWholeDibaoProcedureOfThirtyWorkingDaysAcrossTheAutumnHolidays() {
        // Accepted Tue 15 Sep. Wed 16 = 1, 17 = 2, Fri 18 = 3, Sun 20 (调休) = 4, 21–24 = 5–8, 25–27 off,
        // 28–30 = 9–11, 1–7 Oct off, 8 = 12, 9 = 13, Sat 10 (调休) = 14, 12–16 = 15–19, 19–23 = 20–24,
        // 26–30 = 25–29, Mon 2 Nov = 30.
        assertThat(CHINA_2026.addWorkingDays(LocalDate.of(2026, 9, 15), 30)).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void springFestivalHolidaysAreSkippedAndBothAdjustedSaturdaysCount() {
        // From Fri 13 Feb: Sat 14 (调休) = 1; 15–23 off; Tue 24 = 2.
        LocalDate friday = LocalDate.of(2026, 2, 13);
        assertThat(CHINA_2026.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(CHINA_2026.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        // From Sat 14 Feb itself: 15–23 off; Tue 24 = 1, Wed 25 = 2, Thu 26 = 3.
        assertThat(CHINA_2026.addWorkingDays(LocalDate.of(2026, 2, 14), 3)).isEqualTo(LocalDate.of(2026, 2, 26));
        // From Tue 24 Feb: 25 = 1, 26 = 2, Fri 27 = 3, Sat 28 (调休) = 4.
        assertThat(CHINA_2026.addWorkingDays(LocalDate.of(2026, 2, 24), 4)).isEqualTo(LocalDate.of(2026, 2, 28));
        // 10 working days from Thu 12 Feb: Fri 13 = 1, Sat 14 = 2, 24–27 = 3–6, Sat 28 = 7, Sun 1 Mar off,
        // Mon 2 = 8, Tue 3 = 9, Wed 4 = 10.
        assertThat(CHINA_2026.addWorkingDays(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void newYearHolidaysEndWithAWorkingSunday() {
        // From Wed 31 Dec 2025: 1–3 Jan off (Thu–Sat), Sun 4 (调休) = 1.
        assertThat(CHINA_2026.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void latenessCountsTheWorkingDaysAfterTheDueDateUpToToday() {
        // Due Fri 12 Jun: Sat 13 and Sun 14 are not late working days, Mon 15 is the first.
        LocalDate friday = LocalDate.of(2026, 6, 12);
        assertThat(PLAIN_WEEKS.workingDaysAfter(friday, friday)).isZero();
        assertThat(PLAIN_WEEKS.workingDaysAfter(friday, LocalDate.of(2026, 6, 14))).isZero();
        assertThat(PLAIN_WEEKS.workingDaysAfter(friday, LocalDate.of(2026, 6, 15))).isEqualTo(1);
        assertThat(PLAIN_WEEKS.workingDaysAfter(friday, LocalDate.of(2026, 6, 19))).isEqualTo(5);
        assertThat(PLAIN_WEEKS.workingDaysAfter(friday, LocalDate.of(2026, 6, 1))).as("not yet due").isZero();
    }

    @Test
    void latenessSkipsTheNationalDayHolidaysAndCountsTheAdjustedSaturday() {
        // Due Wed 30 Sep: 1–7 Oct off, Thu 8, Fri 9, Sat 10 (调休), Sun 11 off, Mon 12: 4 working days late.
        assertThat(CHINA_2026.workingDaysAfter(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 7))).isZero();
        assertThat(CHINA_2026.workingDaysAfter(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12))).isEqualTo(4);
        // Counting back agrees with counting forward: 30 working days from Tue 15 Sep end on Mon 2 Nov.
        LocalDate due = CHINA_2026.addWorkingDays(LocalDate.of(2026, 9, 15), 30);
        assertThat(CHINA_2026.workingDaysAfter(LocalDate.of(2026, 9, 15), due)).isEqualTo(30);
    }
}
