package cn.jiuzhu.common.time;

import java.time.LocalDate;
import java.time.ZoneId;
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

    /** Legal time limits are counted in China Standard Time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final WorkingDayCalendar calendar;

    public CalendarService(Pool client) {
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

    public LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
