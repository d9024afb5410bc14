package cn.jiuzhu.calendar.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import cn.jiuzhu.calendar.CalendarDay;
import cn.jiuzhu.calendar.CalendarLoad;
import cn.jiuzhu.calendar.CalendarYear;
import cn.jiuzhu.calendar.HolidayArrangement;
import cn.jiuzhu.calendar.HolidayArrangementInput;
import cn.jiuzhu.calendar.repository.HolidayArrangementRepository;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.time.WorkingDayCalendar;
import cn.jiuzhu.identity.Actor;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Loads a year's holiday arrangement: checked, kept as the year's next version, and in the same transaction every due
 * date stored above that its count runs through is recounted over it ({@link CalendarListener}). The calendar of this
 * instance is reloaded once it is committed.
 */
@ApplicationScoped
public class HolidayArrangementService {

    private final Pool client;
    private final HolidayArrangementRepository arrangements;
    private final CalendarService calendar;
    private final Instance<CalendarListener> listeners;

    public HolidayArrangementService(Pool client, HolidayArrangementRepository arrangements, CalendarService calendar,
            Instance<CalendarListener> listeners) {
        this.client = client;
        this.arrangements = arrangements;
        this.calendar = calendar;
        this.listeners = listeners;
    }

    /**
     * A new version unless the days and the document are those of the version in force; either way the stored due dates
     * are recounted (so a load repeated after an instance counted with a stale calendar mends what it stored).
     */
    public Uni<CalendarLoad> load(Actor actor, HolidayArrangementInput input) {
        LocalDate today = calendar.today();
        OffsetDateTime now = OffsetDateTime.now(calendar.clock());
        String loadedBy = Messages.text("calendar.loadedBy.ADMIN", Map.of());
        return client.withTransaction(connection -> arrangements.lock(connection)
                .flatMap(ignored -> arrangements.latest(connection, input.year()))
                .flatMap(found -> {
                    Optional<HolidayArrangement> latest = found.stream().findFirst();
                    HolidayArrangement checked = CalendarRules.checked(input, today,
                            latest.map(a -> a.version() + 1).orElse(1), loadedBy, now);
                    boolean unchanged = latest.filter(a -> CalendarRules.same(a, checked)).isPresent();
                    HolidayArrangement kept = unchanged ? latest.get() : checked;
                    Uni<Void> written = unchanged ? Uni.createFrom().voidItem() : arrangements.insert(connection, checked, actor.subject());
                    return written.flatMap(w -> recount(connection, kept, actor)).map(moved -> new CalendarLoad(kept, !unchanged, moved));
                }))
                .call(ignored -> calendar.reload());
    }

    private Uni<Integer> recount(SqlConnection connection, HolidayArrangement a, Actor actor) {
        WorkingDayCalendar after = calendar.calendar().withYear(a.year(), dates(a.holidays()), dates(a.workdays()));
        var loaded = new CalendarListener.ArrangementLoaded(a.year(), after, a.sourceTitle(), actor);
        return Multi.createFrom().iterable(listeners.stream().toList())
                .onItem().transformToUniAndConcatenate(l -> l.arrangementLoaded(connection, loaded))
                .collect().asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    /** Every version of a year, newest first (empty when never loaded). */
    public Uni<List<HolidayArrangement>> versions(int year) {
        return arrangements.versions(year);
    }

    /**
     * The years from the first loaded (or this one) to next year, each loaded or not: next year's arrangement is needed as
     * soon as a time limit runs into it, which a 30-working-day limit does from mid-November.
     */
    public Uni<List<CalendarYear>> years() {
        int thisYear = calendar.today().getYear();
        return arrangements.inForce().map(inForce -> {
            Map<Integer, HolidayArrangement> byYear = new TreeMap<>(inForce.stream()
                    .collect(Collectors.toMap(HolidayArrangement::year, a -> a)));
            int first = Math.min(thisYear, byYear.keySet().stream().findFirst().orElse(thisYear));
            int last = Math.max(thisYear + 1, byYear.keySet().stream().reduce((x, y) -> y).orElse(thisYear + 1));
            List<CalendarYear> years = new ArrayList<>();
            for (int y = first; y <= last; y++) {
                HolidayArrangement a = byYear.get(y);
                years.add(a == null
                        ? new CalendarYear(y, false, null, null, null, Messages.text("calendar.year.missing", Map.of("year", y)))
                        : new CalendarYear(y, true, a.version(), a.sourceTitle(), a.loadedAt(),
                                Messages.text("calendar.year.loaded", Map.of("year", y, "source", a.sourceTitle()))));
            }
            return years;
        });
    }

    private static Set<LocalDate> dates(List<CalendarDay> days) {
        return days.stream().map(CalendarDay::date).collect(Collectors.toSet());
    }
}
