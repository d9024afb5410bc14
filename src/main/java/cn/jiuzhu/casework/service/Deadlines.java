package cn.jiuzhu.casework.service;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.TimeLimit;
import cn.jiuzhu.programme.service.CatalogueService;

/** The legal time limit running in a state of a programme's procedure, and the day it falls due. */
@ApplicationScoped
public class Deadlines {

    private final CatalogueService catalogue;
    private final CalendarService calendar;

    public Deadlines(CatalogueService catalogue, CalendarService calendar) {
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    public Optional<TimeLimit> limitIn(Programme programme, CaseState state) {
        return Procedure.of(programme).limitStepIn(state).flatMap(step -> catalogue.timeLimit(programme, step.name()));
    }

    /** Due date of a step entered today; null when no limit with a number of days runs in that state. */
    public LocalDate dueOn(Programme programme, CaseState state) {
        return limitIn(programme, state).filter(l -> l.days() != null && l.dayKind() != null)
                .map(l -> ProgressRules.dueDate(calendar.today(), l, calendar.calendar())).orElse(null);
    }
}
