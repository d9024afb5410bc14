package cn.jiuzhu.common.time;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * The working-day calendar, read at start-up from the arrangements in force, and again whenever one is loaded: at once
 * on the instance that loaded it, and within {@code jiuzhu.calendar.refresh-interval} on the others (each compares a
 * stamp of the arrangements, a one-row query). A refresh that fails (the database away) is retried next round without a
 * warning of its own: the outage is reported once where requests fail.
 */
@ApplicationScoped
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class);

    private final CalendarRepository days;
    private final Clock clock;
    private final StagingClock staging;
    private final Vertx vertx;
    private final Duration refreshInterval;
    private final AtomicReference<String> stamp = new AtomicReference<>("");
    private volatile WorkingDayCalendar calendar;

    public CalendarService(CalendarRepository days, Clock clock, StagingClock staging, Vertx vertx,
            @ConfigProperty(name = "jiuzhu.calendar.refresh-interval", defaultValue = "30s") Duration refreshInterval) {
        this.days = days;
        this.clock = clock;
        this.staging = staging;
        this.vertx = vertx;
        this.refreshInterval = refreshInterval;
    }

    /** Before the application serves: on the main thread, where waiting is allowed, never at injection or on an event loop. */
    void load(@Observes StartupEvent event) {
        reload().await().indefinitely();
        staging.refresh().await().indefinitely();
        if (!refreshInterval.isZero()) {
            vertx.setPeriodic(refreshInterval.toMillis(), id -> refreshIfChanged().call(staging::refresh).subscribe().with(
                    ignored -> { }, failure -> LOG.debugf("calendar refresh failed (%s); retrying next round", failure.getMessage())));
        }
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** Reads the arrangements in force now (after one is loaded, in this instance). */
    public Uni<WorkingDayCalendar> reload() {
        return days.stamp().flatMap(current -> days.load().invoke(loaded -> {
            calendar = loaded;
            stamp.set(current);
        }));
    }

    private Uni<Void> refreshIfChanged() {
        return days.stamp().flatMap(current -> current.equals(stamp.get()) ? Uni.createFrom().voidItem()
                : reload().invoke(loaded -> LOG.infof("working-day calendar reloaded: years %s", loaded.years())).replaceWithVoid());
    }

    /** Today in China, by the application's clock. */
    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    public Clock clock() {
        return clock;
    }
}
