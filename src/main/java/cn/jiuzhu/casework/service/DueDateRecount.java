package cn.jiuzhu.casework.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.calendar.service.CalendarListener;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.repository.CaseRepository;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.programme.TimeLimit;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * When a year's holiday arrangement is loaded, the due date of every open case whose current step's count runs through
 * that year is recounted over the new calendar; each one that moves gets a DUE_DATE_MOVED note on its timeline, which
 * the household is notified of, saying from which date to which and why.
 */
@ApplicationScoped
public class DueDateRecount implements CalendarListener {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CaseRepository cases;
    private final CaseService caseService;
    private final Deadlines deadlines;

    public DueDateRecount(CaseRepository cases, CaseService caseService, Deadlines deadlines) {
        this.cases = cases;
        this.caseService = caseService;
        this.deadlines = deadlines;
    }

    @Override
    public Uni<Integer> arrangementLoaded(SqlConnection connection, ArrangementLoaded loaded) {
        LocalDate from = LocalDate.of(loaded.year(), 1, 1);
        return cases.openDueInWindow(connection, from, from.plusYears(1)).flatMap(open -> {
            List<Moved> moved = new ArrayList<>();
            for (AssistanceCase c : open) {
                recounted(c, loaded).filter(due -> !due.equals(c.dueOn())).ifPresent(due -> moved.add(new Moved(c, due)));
            }
            return Multi.createFrom().iterable(moved)
                    .onItem().transformToUniAndConcatenate(m -> cases.setDueOn(connection, m.c().id(), m.due())
                            .flatMap(ignored -> caseService.recordNote(connection, m.c().id(), CaseAction.DUE_DATE_MOVED,
                                    loaded.actor(), Messages.text("case.actor.CALENDAR", Map.of()), note(m, loaded))))
                    .collect().asList().map(List::size);
        });
    }

    private Optional<LocalDate> recounted(AssistanceCase c, ArrangementLoaded loaded) {
        Optional<TimeLimit> limit = deadlines.limitIn(c.programme(), c.state()).filter(l -> l.days() != null && l.dayKind() != null);
        LocalDate since = c.stateSince().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        return limit.map(l -> ProgressRules.dueDate(since, l, loaded.calendar()));
    }

    private static String note(Moved m, ArrangementLoaded loaded) {
        return Messages.text("case.dueDate.moved", Map.of("year", loaded.year(), "source", loaded.sourceTitle(),
                "before", CHINESE_DATE.format(m.c().dueOn()), "after", CHINESE_DATE.format(m.due())));
    }

    private record Moved(AssistanceCase c, LocalDate due) {
    }
}
