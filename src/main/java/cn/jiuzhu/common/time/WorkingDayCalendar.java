package cn.jiuzhu.common.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days (工作日) in China: Monday to Friday, less public holidays, plus the weekend days
 * declared working days (调休). Plain Java over the two exception sets, so a rule can be tested
 * without a database.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkdays;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a limit of {@code workingDays} that starts the day after {@code start}
     * (the day of the act does not count), e.g. "受理后3个工作日内".
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * How many working days lie after {@code day} up to and including {@code until}: how late a step
     * due on {@code day} is on {@code until}. A step due on a Friday is 0 working days late over the
     * weekend and 1 on Monday; 0 when {@code until} is not after {@code day}.
     */
    public int workingDaysAfter(LocalDate day, LocalDate until) {
        int counted = 0;
        for (LocalDate d = day.plusDays(1); !d.isAfter(until); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return counted;
    }
}
