package cn.jiuzhu.casework.service;

import static cn.jiuzhu.casework.CaseState.APPROVED;
import static cn.jiuzhu.casework.CaseState.CONFIRMATION;
import static cn.jiuzhu.casework.CaseState.INVESTIGATING;
import static cn.jiuzhu.casework.CaseState.REVIEW_OBJECTED;
import static cn.jiuzhu.casework.CaseState.REFUSAL_OBJECTED;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseConnection;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.repository.WorklistRepository;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.service.OfficeService;
import io.smallrye.mutiny.Uni;

/**
 * Worklists (待办): an office's queue, its county bureau's queue, and the bureau's supervision list
 * (督办) of overdue cases. Queues put the cases that fall due first on top (overdue ones first),
 * cases without a due date last.
 */
@ApplicationScoped
public class WorklistService {

    /** Every state a case is open in: an office's queue when no states are asked for. */
    public static final Set<CaseState> OPEN = Arrays.stream(CaseState.values()).filter(CaseState::open)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));

    /**
     * A county bureau's queue when no states are asked for: the steps it takes on a file. 核对
     * (economic verification, run while the township investigates), 审核确认, 复核 of an objected
     * refusal, and starting payment of an approved case. Not IN_PAYMENT: those are the county's
     * recipients, reviewed by the townships, and would bury the files waiting for the bureau.
     */
    public static final Set<CaseState> COUNTY_STEPS = EnumSet.of(INVESTIGATING, CONFIRMATION, REFUSAL_OBJECTED, APPROVED,
            REVIEW_OBJECTED);

    private final WorklistRepository worklists;
    private final OfficeService offices;
    private final CalendarService calendar;
    private final Deadlines deadlines;

    public WorklistService(WorklistRepository worklists, OfficeService offices, CalendarService calendar, Deadlines deadlines) {
        this.worklists = worklists;
        this.offices = offices;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    /** Open cases assigned to the person's own office (township office or department). */
    public Uni<CaseConnection> officeQueue(Actor actor, Collection<CaseState> states, PageRequest page) {
        if (actor.officeCode() == null) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN, Map.of("reason", "NO_OFFICE")));
        }
        After after = After.of(page);
        return worklists.officeQueue(actor.officeCode(), statesOr(states, OPEN), after.due(), after.id(), page.fetchSize())
                .map(found -> connection(page, found));
    }

    /** Open cases of the county of the person's civil affairs bureau, by default at the bureau's own steps. */
    public Uni<CaseConnection> countyQueue(Actor actor, Collection<CaseState> states, PageRequest page) {
        After after = After.of(page);
        return countyOf(actor).flatMap(county -> worklists.countyQueue(county, statesOr(states, COUNTY_STEPS), after.due(),
                after.id(), page.fetchSize())).map(found -> connection(page, found));
    }

    /** 督办: every open case of the bureau's county past its due date (China time), oldest due first. */
    public Uni<CaseConnection> overdueCases(Actor actor, PageRequest page) {
        After after = After.of(page);
        return countyOf(actor).flatMap(county -> worklists.overdue(county, calendar.today(), after.due(), after.id(),
                page.fetchSize())).map(found -> connection(page, found));
    }

    /** How far ahead a review shows as due: the month before its date, so the township can plan its visits. */
    public static final int REVIEW_DUE_AHEAD_DAYS = 30;

    /**
     * 定期核查 due and overdue (nextReviewOn within the coming 30 days, or past), overdue first: a township sees its own
     * office's cases, a county bureau its county's.
     */
    public Uni<CaseConnection> reviewsDue(Actor actor, PageRequest page) {
        if (actor.officeCode() == null) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN, Map.of("reason", "NO_OFFICE")));
        }
        PageRequest.Keyset<LocalDate, UUID> keyset = page.after(LocalDate::parse, UUID::fromString);
        LocalDate afterOn = keyset.atStart() ? LocalDate.MIN : keyset.key();
        UUID afterId = keyset.atStart() ? WorklistRepository.NO_ID : keyset.id();
        LocalDate dueBy = calendar.today().plusDays(REVIEW_DUE_AHEAD_DAYS);
        Uni<String> scope = actor.role() == Role.COUNTY_OFFICER ? countyOf(actor) : Uni.createFrom().item(actor.officeCode());
        return scope.flatMap(code -> worklists.reviewsDue(code, actor.role() == Role.COUNTY_OFFICER, dueBy, afterOn,
                afterId, page.fetchSize())).map(found -> {
                    var p = page.toPage(found, r -> PageRequest.keyset(r.reviewOn().toString(), r.c().id()));
                    return new CaseConnection(p.items().stream().map(WorklistRepository.ReviewDue::c).toList(), p.pageInfo());
                });
    }

    /**
     * Working days each case is past its due date, counted from the day after it up to today; null
     * when it is not past due or has no due date. One today for the whole list, so a page read at
     * midnight does not mix two days.
     */
    public List<Integer> overdueWorkingDays(List<AssistanceCase> of) {
        LocalDate today = calendar.today();
        return of.stream().map(c -> c.dueOn() == null || !c.dueOn().isBefore(today) ? null
                : calendar.calendar().workingDaysAfter(c.dueOn(), today)).toList();
    }

    /** Whether each case's stored due date is counted into a year whose holiday arrangement is not loaded. */
    public List<Boolean> dueDatesProvisional(List<AssistanceCase> of) {
        var days = calendar.calendar();
        return of.stream().map(c -> ProgressRules.provisional(c.stateSince().atZoneSameInstant(ChinaTime.ZONE).toLocalDate(),
                c.dueOn(), deadlines.limitIn(c.programme(), c.state()), days)).toList();
    }

    private Uni<String> countyOf(Actor actor) {
        if (actor.officeCode() == null) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN, Map.of("reason", "NO_OFFICE")));
        }
        return offices.require(actor.officeCode()).map(office -> {
            if (office.kind() != OfficeKind.COUNTY_CIVIL_AFFAIRS) {
                throw new ApiException(ErrorCode.FORBIDDEN, Map.of("officeCode", office.code(), "reason", "NOT_A_COUNTY_BUREAU"));
            }
            return office.regionCode();
        });
    }

    /**
     * The states asked for, each once (a state asked for twice would list its cases twice), or the
     * default when none is. The GraphQL list admits null elements (a SmallRye limitation, see
     * WorklistGraphQL); they ask for nothing.
     */
    private static Set<CaseState> statesOr(Collection<CaseState> states, Set<CaseState> otherwise) {
        Set<CaseState> asked = EnumSet.noneOf(CaseState.class);
        if (states != null) {
            states.stream().filter(Objects::nonNull).forEach(asked::add);
        }
        return asked.isEmpty() ? otherwise : asked;
    }

    private static CaseConnection connection(PageRequest page, List<AssistanceCase> found) {
        var p = page.toPage(found, After::key);
        return new CaseConnection(p.items(), p.pageInfo());
    }

    /**
     * Where a page starts: after the (due date, id) of the previous page's last case. A case without a
     * due date sorts as due at infinity, written "-" in the cursor; the first page starts below
     * every key, at -infinity.
     */
    record After(LocalDate due, UUID id) {

        static After of(PageRequest page) {
            PageRequest.Keyset<LocalDate, UUID> after = page.after(due -> due.equals("-") ? LocalDate.MAX : LocalDate.parse(due),
                    UUID::fromString);
            return after.atStart() ? new After(LocalDate.MIN, WorklistRepository.NO_ID) : new After(after.key(), after.id());
        }

        static String key(AssistanceCase c) {
            return PageRequest.keyset(c.dueOn() == null ? "-" : c.dueOn().toString(), c.id());
        }
    }
}
