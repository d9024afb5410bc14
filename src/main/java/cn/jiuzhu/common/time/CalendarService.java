package cn.jiuzhu.common.time;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** The working-day calendar, read once from the calendar_day table (a few dozen rows a year). */
@Startup
@ApplicationScoped
public class CalendarService {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public CalendarService(Pool client, Clock clock) {
        this.clock = clock;
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (Row row : client.query("SELECT day, kind FROM calendar_day").executeAndAwait()) {
            ("HOLIDAY".equals(row.getString("kind")) ? holidays : workdays).add(row.getLocalDate("day"));
        }
        this.calendar = new WorkingDayCalendar(holidays, workdays);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** Today in China, by the application's clock. */
    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    public Clock clock() {
        return clock;
    }
}
