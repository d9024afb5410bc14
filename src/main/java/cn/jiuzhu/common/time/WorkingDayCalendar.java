package cn.jiuzhu.common.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days (工作日) in China: Monday to Friday, less public holidays, plus the weekend days
 * declared working days (调休). Plain Java over the two exception sets and the years whose arrangement is
 * known, so a rule can be tested without a database. In a year whose arrangement is not loaded yet the
 * calendar counts weekends only, and a date counted into it is {@linkplain #provisional provisional}.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkdays;
    private final SortedSet<Integer> years;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays, Set<Integer> years) {
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
        this.years = new TreeSet<>(years);
    }

    /** The years whose holiday arrangement is loaded, oldest first. */
    public SortedSet<Integer> years() {
        return new TreeSet<>(years);
    }

    /** This calendar with {@code year}'s exceptions replaced by these, and the year known. */
    public WorkingDayCalendar withYear(int year, Set<LocalDate> yearHolidays, Set<LocalDate> yearWorkdays) {
        Set<LocalDate> h = new HashSet<>(yearHolidays);
        holidays.stream().filter(d -> d.getYear() != year).forEach(h::add);
        Set<LocalDate> w = new HashSet<>(yearWorkdays);
        adjustedWorkdays.stream().filter(d -> d.getYear() != year).forEach(w::add);
        Set<Integer> y = new HashSet<>(years);
        y.add(year);
        return new WorkingDayCalendar(h, w, y);
    }

    public boolean knows(int year) {
        return years.contains(year);
    }

    /**
     * Whether a date counted in working days from {@code start} to {@code end} may still move: some day counted
     * (after {@code start}, up to {@code end}) lies in a year whose arrangement is not loaded, where the count
     * assumed weekends only.
     */
    public boolean provisional(LocalDate start, LocalDate end) {
        if (end == null || start == null) {
            return false;
        }
        for (int year = start.plusDays(1).getYear(); year <= end.getYear(); year++) {
            if (!years.contains(year)) {
                return true;
            }
        }
        return false;
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
