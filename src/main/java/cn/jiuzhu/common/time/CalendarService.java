package cn.jiuzhu.common.time;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** The working-day calendar, read once at start-up from the calendar_day table. */
@ApplicationScoped
public class CalendarService {

    private final CalendarRepository days;
    private final Clock clock;
    private volatile WorkingDayCalendar calendar;

    public CalendarService(CalendarRepository days, Clock clock) {
        this.days = days;
        this.clock = clock;
    }

    /** Before the application serves: on the main thread, where waiting is allowed, never at injection or on an event loop. */
    void load(@Observes StartupEvent event) {
        calendar = days.load().await().indefinitely();
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
