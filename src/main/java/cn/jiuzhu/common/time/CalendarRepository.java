package cn.jiuzhu.common.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** The calendar_day table: the public holidays and the weekend days declared working days, a few dozen a year. */
@ApplicationScoped
class CalendarRepository {

    private final Pool client;

    CalendarRepository(Pool client) {
        this.client = client;
    }

    Uni<WorkingDayCalendar> load() {
        return client.query("SELECT day, kind FROM calendar_day").execute().map(rows -> {
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> workdays = new HashSet<>();
            for (Row row : rows) {
                ("HOLIDAY".equals(row.getString("kind")) ? holidays : workdays).add(row.getLocalDate("day"));
            }
            return new WorkingDayCalendar(holidays, workdays);
        });
    }
}
