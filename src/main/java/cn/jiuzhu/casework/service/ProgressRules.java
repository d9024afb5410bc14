package cn.jiuzhu.casework.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseEvent;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseProgress;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.common.time.WorkingDayCalendar;
import cn.jiuzhu.programme.DayKind;
import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.TimeLimit;

/** Turns a case's state, its running time limit and its missing documents into what a resident reads. Plain Java. */
public final class ProgressRules {

    private ProgressRules() {
    }

    public static CaseProgress progress(AssistanceCase c, Optional<TimeLimit> limit, List<DocumentType> missing,
            Map<DocumentType, String> documentNames, WorkingDayCalendar calendar, LocalDate today) {
        CaseState state = c.state();
        LocalDate since = c.stateSince().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        LocalDate due = limit.filter(l -> l.days() != null && l.dayKind() != null)
                .map(l -> dueDate(since, l, calendar)).orElse(null);
        boolean provisional = provisional(since, due, limit, calendar);
        Procedure procedure = Procedure.of(c.programme());
        boolean canObject = procedure.householdMay(CaseAction.OBJECT_TO_VERIFICATION, state)
                || procedure.householdMay(CaseAction.OBJECT_TO_REFUSAL, state);
        boolean canAddDocuments = Procedure.acceptsDocuments(state);
        return new CaseProgress(state, state.label(), state.residentDescription(), c.stateSince(), limit.orElse(null), due,
                provisional, provisional ? provisionalNote(since, due, calendar) : null,
                due != null && today.isAfter(due), nextStep(state, missing, documentNames, canAddDocuments),
                canAddDocuments ? missing : List.of(), procedure.householdMay(CaseAction.WITHDRAW, state), canObject,
                canAddDocuments);
    }

    /** The event with the time limit of the step it started and that step's due date, when the limit has a number of days. */
    public static CaseEvent withDeadline(CaseEvent event, Optional<TimeLimit> limit, WorkingDayCalendar calendar) {
        LocalDate on = event.occurredAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        LocalDate due = limit.filter(l -> l.days() != null && l.dayKind() != null).map(l -> dueDate(on, l, calendar)).orElse(null);
        return event.withDeadline(limit.orElse(null), due, provisional(on, due, limit, calendar));
    }

    /**
     * A due date counted in working days into a year whose arrangement is not loaded: it assumed weekends only there.
     * A limit in calendar days never moves.
     */
    public static boolean provisional(LocalDate since, LocalDate due, Optional<TimeLimit> limit, WorkingDayCalendar calendar) {
        return due != null && limit.filter(l -> l.dayKind() == DayKind.WORKING_DAYS).isPresent() && calendar.provisional(since, due);
    }

    /** Which years are missing, in Chinese, for the resident and staff. */
    static String provisionalNote(LocalDate since, LocalDate due, WorkingDayCalendar calendar) {
        String years = IntStream.rangeClosed(since.plusDays(1).getYear(), due.getYear())
                .filter(y -> !calendar.knows(y)).mapToObj(String::valueOf).collect(Collectors.joining("、"));
        return Messages.text("case.dueDate.provisional", Map.of("years", years));
    }

    static LocalDate dueDate(LocalDate since, TimeLimit limit, WorkingDayCalendar calendar) {
        return limit.dayKind() == DayKind.WORKING_DAYS ? calendar.addWorkingDays(since, limit.days())
                : since.plusDays(limit.days());
    }

    /** A decision the household may contest comes first: it has a deadline; documents can follow with the objection. */
    private static String nextStep(CaseState state, List<DocumentType> missing, Map<DocumentType, String> names,
            boolean canAddDocuments) {
        switch (state) {
            case VERIFICATION_FAILED:
                return Messages.text("next.OBJECT_TO_VERIFICATION", Map.of());
            case REFUSED:
                return Messages.text("next.OBJECT_TO_REFUSAL", Map.of());
            case APPROVED, IN_PAYMENT:
                return Messages.text("next.REPORT_CHANGES", Map.of());
            case WITHDRAWN, TERMINATED:
                return Messages.text("next.NONE", Map.of());
            default:
                break;
        }
        if (canAddDocuments && !missing.isEmpty()) {
            return Messages.text("next.UPLOAD_MISSING",
                    Map.of("documents", missing.stream().map(names::get).collect(Collectors.joining("、"))));
        }
        return Messages.text("next.WAIT", Map.of());
    }
}
