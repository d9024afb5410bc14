package cn.jiuzhu.casework.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseConnection;
import cn.jiuzhu.casework.CaseEvent;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.Procedure.Transition;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.casework.repository.CaseRepository;
import cn.jiuzhu.casework.repository.CaseRepository.NewCase;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.notification.Channel;
import cn.jiuzhu.notification.service.NotificationOutbox;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.service.CatalogueService;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.routing.Assignment;
import cn.jiuzhu.routing.service.RoutingService;
import cn.jiuzhu.workflow.StepGuard;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Opens cases and moves them through their programme's {@link Procedure}. Every move happens in one
 * transaction with its event, its notification (outbox), the NOTIFY that wakes subscriptions and
 * the records the step needs and leaves ({@link StepRecords}): either all of it is committed or none of it. Households act on their own cases; staff act on the
 * cases of their office, and only at the steps their office is responsible for.
 */
@ApplicationScoped
public class CaseService {

    private final Pool client;
    private final CaseRepository cases;
    private final NotificationOutbox outbox;
    private final CatalogueService catalogue;
    private final RoutingService routing;
    private final OfficeService offices;
    private final Deadlines deadlines;
    private final StepRecords stepRecords;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();

    public CaseService(Pool client, CaseRepository cases, NotificationOutbox outbox, CatalogueService catalogue,
            RoutingService routing, OfficeService offices, Deadlines deadlines, StepRecords stepRecords, Clock clock) {
        this.clock = clock;
        this.client = client;
        this.cases = cases;
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.routing = routing;
        this.offices = offices;
        this.deadlines = deadlines;
        this.stepRecords = stepRecords;
    }

    /** Where a case would go: resolved before the submitting transaction, so a routing failure writes nothing. */
    public Uni<Assignment> route(Programme programme, String residenceRegionCode, String emergencyRegionCode) {
        return routing.route(programme, residenceRegionCode, emergencyRegionCode);
    }

    /**
     * Opens the case of a submitted application, inside the submitting transaction. Refused with
     * OPEN_CASE_EXISTS, naming that case, when a member already belongs to an open case of the programme.
     */
    public Uni<AssistanceCase> open(SqlConnection connection, Opening o) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var assignment = o.assignment();
        String countyCode = assignment.countyCode();
        int year = ChinaTime.today(clock).getYear();
        String prefix = o.programme().caseNumberPrefix();
        List<String> idNumbers = o.members().stream().map(Member::idNumber).toList();
        return cases.nextNumber(connection, prefix, countyCode, year)
                .map(sequence -> String.format("%s-%s-%d-%05d", prefix, countyCode, year, sequence))
                .flatMap(number -> cases.insert(connection, new NewCase(o.caseId(), number, o.applicationId(),
                        o.programme(), o.actor().idNumber(), o.applicantIdNumber(), o.applicantName(), o.members().size(),
                        o.regionCode(), countyCode, now, o.viaAgent(), o.nearRelativeFlag(), assignment.officeCode(),
                        assignment.explanation(), deadlines.dueOn(o.programme(), CaseState.SUBMITTED), o.unstableIncome(),
                        o.contactMobile())))
                .call(c -> cases.insertMembers(connection, c.id(), idNumbers,
                        o.members().stream().map(Member::relation).toList()))
                .call(c -> claim(connection, c, idNumbers.size()))
                .call(c -> record(connection, c, CaseAction.SUBMIT, null, CaseState.SUBMITTED, o.actor(),
                        householdLabel(c, o.actor()), null));
    }

    /** A resident's action on their household's case (withdraw, object). A repeated request is answered, not repeated. */
    public Uni<AssistanceCase> actAsHousehold(Actor actor, UUID caseId, CaseAction action, String reason) {
        return client.withTransaction(connection -> cases.lockVisible(connection, caseId, actor.idNumber())
                .map(CaseNotFound.unlessFound(caseId))
                .flatMap(c -> {
                    Procedure procedure = Procedure.of(c.programme());
                    var transition = procedure.transition(action, c.state()).filter(t -> t.responsible() == Responsible.HOUSEHOLD);
                    if (transition.isEmpty()) {
                        if (procedure.leadsTo(action, c.state())) {
                            return Uni.createFrom().item(c);
                        }
                        throw CaseSteps.actionNotAllowed(action, c);
                    }
                    return move(connection, c, transition.get(), actor, householdLabel(c, actor), reason);
                }));
    }

    /**
     * A staff member's step on a case. Allowed only to the role and office responsible for that step
     * (the case's office, its county's civil affairs bureau, or the township where the county has
     * delegated dibao confirmation), and only on the version the person was looking at: of two people
     * acting at once, one wins and the other gets CASE_CHANGED. What else the step needs (a reason, the
     * spot-check draw) its row says.
     */
    public Uni<AssistanceCase> actAsStaff(Actor actor, UUID caseId, CaseAction action, String reason, int expectedVersion) {
        return actAsStaff(actor, caseId, action, reason, expectedVersion, h -> Uni.createFrom().voidItem());
    }

    /**
     * A staff step that comes with a record of its own (a democratic appraisal): checked and refused as any step, then
     * {@code record} writes it in the step's transaction, on the version checked, before the move asks what the step
     * needs on file.
     */
    public Uni<AssistanceCase> actAsStaff(Actor actor, UUID caseId, CaseAction action, String reason, int expectedVersion,
            Function<Handling, Uni<Void>> record) {
        return offices.require(actor.officeCode()).flatMap(office -> client.withTransaction(connection -> cases.lock(connection, caseId)
                .map(CaseNotFound.unlessFound(caseId))
                .flatMap(c -> responsibleFor(new CaseSteps(actor, office), c, action, expectedVersion).flatMap(transition -> {
                    if (transition.reasonRequired() && (reason == null || reason.isBlank())) {
                        throw new ApiException(ErrorCode.REASON_REQUIRED, Map.of("action", action.name()));
                    }
                    Uni<Void> before = transition.spotCheck() ? drawForSpotCheck(connection, c) : Uni.createFrom().voidItem();
                    return before.flatMap(ignored -> record.apply(new Handling(connection, c, actor, office)))
                            .flatMap(ignored -> move(connection, c, transition, actor, office.name(), reason));
                }))));
    }

    /** 转办: a misrouted case goes to another office of the same kind, with the reason the resident will see. */
    public Uni<AssistanceCase> transfer(Actor actor, UUID caseId, String toOfficeCode, String reason, int expectedVersion) {
        if (reason == null || reason.isBlank()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.REASON_REQUIRED, Map.of("action", "TRANSFER")));
        }
        return offices.require(actor.officeCode()).flatMap(office -> offices.require(toOfficeCode).flatMap(target ->
                client.withTransaction(connection -> cases.lock(connection, caseId)
                        .map(CaseNotFound.unlessFound(caseId))
                        .flatMap(c -> responsibleFor(new CaseSteps(actor, office), c, CaseAction.TRANSFER, expectedVersion)
                                .flatMap(transition -> {
                            if (target.kind() != office.kind() || target.code().equals(c.assignedOfficeCode())) {
                                throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "toOfficeCode",
                                        "reason", "SAME_KIND_OTHER_OFFICE"));
                            }
                            String county = RegionCode.countyOf(target.regionCode());
                            String explanation = Messages.text("case.transfer.explanation",
                                    Map.of("officeName", office.name(), "reason", reason.strip()));
                            return cases.reassign(connection, c.id(), target.code(), county, explanation)
                                    .flatMap(ignored -> move(connection, c, transition, actor, office.name(),
                                            Messages.text("case.transfer.reason", Map.of("officeName", target.name(),
                                                    "reason", reason.strip()))));
                        })))));
    }

    /**
     * Work that is not a step (records of the investigation, a proposed amount) by the office
     * responsible for {@code party}'s part of the case, while the case is in one of {@code states}:
     * one transaction with the case locked, refused like a step (CASE_NOT_FOUND, FORBIDDEN,
     * OUTSIDE_JURISDICTION, CASE_ACTION_NOT_ALLOWED naming {@code task}).
     */
    public <T> Uni<T> handle(Actor actor, UUID caseId, Responsible party, Set<CaseState> states, String task,
            Function<Handling, Uni<T>> work) {
        return offices.require(actor.officeCode()).flatMap(office -> client.withTransaction(connection ->
                handle(connection, office, actor, caseId, party, states, task, work)));
    }

    /** The same work inside the caller's transaction (a work order and the objection it becomes commit together). */
    public <T> Uni<T> handle(SqlConnection connection, Actor actor, UUID caseId, Responsible party, Set<CaseState> states,
            String task, Function<Handling, Uni<T>> work) {
        return offices.require(actor.officeCode()).flatMap(office -> handle(connection, office, actor, caseId, party, states, task, work));
    }

    private <T> Uni<T> handle(SqlConnection connection, OfficeView office, Actor actor, UUID caseId, Responsible party,
            Set<CaseState> states, String task, Function<Handling, Uni<T>> work) {
        return cases.lock(connection, caseId)
                .map(found -> visibleTo(office, found, caseId))
                .flatMap(c -> {
                    if (actor.role() != party.role()) {
                        throw new ApiException(ErrorCode.FORBIDDEN, Map.of("task", task, "requiredRole", party.role().group()));
                    }
                    if (!CaseSteps.inCharge(party, office, c)) {
                        throw CaseSteps.outside(c, office);
                    }
                    if (!states.contains(c.state())) {
                        throw new ApiException(ErrorCode.CASE_ACTION_NOT_ALLOWED, Map.of("actionName", task, "state", c.state().name()));
                    }
                    return work.apply(new Handling(connection, c, actor, office));
                });
    }

    /** A step taken as part of other work (a failed verification is recorded and acted on at once), in its transaction. */
    public Uni<AssistanceCase> step(Handling h, CaseAction action, String reason) {
        CaseSteps steps = new CaseSteps(h.actor(), h.office());
        return delegatedIfSo(steps, h.c(), StepGuard.rowFor(steps, action, h.c()))
                .flatMap(transition -> move(h.connection(), h.c(), transition, h.actor(), h.office().name(), reason));
    }

    /** Documents added to a case still being handled: an event on the timeline, and back to the office if it had asked for them. */
    public Uni<Void> recordSupplement(SqlConnection connection, AssistanceCase c, Actor actor) {
        Optional<Transition> back = Procedure.of(c.programme()).transition(CaseAction.SUPPLEMENT_DOCUMENTS, c.state());
        String label = householdLabel(c, actor);
        return back.isPresent() ? move(connection, c, back.get(), actor, label, null).replaceWithVoid()
                : record(connection, c, CaseAction.SUPPLEMENT_DOCUMENTS, c.state(), c.state(), actor, label, null).replaceWithVoid();
    }

    /**
     * A note on a case's timeline (a referral and the department's answer), in the caller's
     * transaction: the case keeps its state and version; the event, its notification and the NOTIFY
     * are written as for any step. The case is locked so the note reads the state it really has.
     */
    public Uni<CaseEvent> recordNote(SqlConnection connection, UUID caseId, CaseAction action, Actor actor, String actorLabel,
            String text) {
        if (!action.note()) {
            return Uni.createFrom().failure(new IllegalArgumentException(action + " is a step of the procedure, not a note"));
        }
        return cases.lock(connection, caseId)
                .map(CaseNotFound.unlessFound(caseId))
                .flatMap(c -> record(connection, c, action, c.state(), c.state(), actor, actorLabel, text));
    }

    public Uni<AssistanceCase> findVisible(UUID caseId, String idNumber) {
        return cases.findVisible(caseId, idNumber).map(CaseNotFound.unlessFound(caseId));
    }

    /** The county's approved cases and cases in payment of a programme: what a new standard would change. */
    public Uni<List<AssistanceCase>> inPayment(SqlClient connection, String countyCode, Programme programme) {
        return cases.inPayment(connection, countyCode, programme);
    }

    public Uni<Optional<AssistanceCase>> findByApplication(UUID applicationId) {
        return cases.findByApplication(applicationId);
    }

    public Uni<CaseConnection> casesVisibleTo(String idNumber, PageRequest page) {
        PageRequest.Keyset<OffsetDateTime, UUID> before = page.after(OffsetDateTime::parse, UUID::fromString);
        return cases.findVisibleTo(idNumber, before.key(), before.id(), page.fetchSize()).map(found -> {
            var p = page.toPage(found, c -> PageRequest.keyset(c.submittedAt(), c.id()));
            return new CaseConnection(p.items(), p.pageInfo());
        });
    }

    /**
     * A case as staff see it: the office handling it, or its county's bureau. Anything else, administrators included
     * (they administer offices and configuration, not case files), reads as not found.
     */
    public Uni<AssistanceCase> findForStaff(Actor actor, UUID caseId) {
        return offices.require(actor.officeCode()).flatMap(office -> cases.find(client, caseId)
                .map(found -> visibleTo(office, found, caseId)));
    }

    /** Timelines of several cases with one query, in the order given. */
    public Uni<List<List<CaseEvent>>> timelines(List<AssistanceCase> of) {
        List<UUID> ids = of.stream().map(AssistanceCase::id).toList();
        return cases.eventsOf(ids).map(events -> {
            Map<UUID, List<CaseEvent>> byCase = events.stream().collect(Collectors.groupingBy(CaseEvent::caseId));
            return ids.stream().map(id -> byCase.getOrDefault(id, List.of())).toList();
        });
    }

    public Uni<Optional<CaseEvent>> event(long id) {
        return cases.event(id);
    }

    /**
     * Jurisdiction is checked before anything about the case is said: outside it, the case does not exist, whatever
     * its state, so a refusal tells a stranger holding the id nothing.
     */
    private static AssistanceCase visibleTo(OfficeView office, Optional<AssistanceCase> found, UUID caseId) {
        return found.filter(c -> CaseSteps.sees(office, c)).orElseThrow(() -> CaseNotFound.of(caseId));
    }

    /**
     * The row of this step, if this person's office may take it on the version they saw ({@link StepGuard}: the
     * office sees the case, the version, the state, the role, the office in charge), and the county's delegation
     * where the township takes a step by it.
     */
    private Uni<Transition> responsibleFor(CaseSteps steps, AssistanceCase c, CaseAction action, int expectedVersion) {
        return delegatedIfSo(steps, c, StepGuard.check(steps, action, c, expectedVersion));
    }

    /** 委托审核确认: a township takes the county's step only where its county has delegated it. */
    private Uni<Transition> delegatedIfSo(CaseSteps steps, AssistanceCase c, Transition t) {
        if (!t.byDelegation(steps.role())) {
            return Uni.createFrom().item(t);
        }
        return offices.findResponsible(c.countyCode(), OfficeKind.COUNTY_CIVIL_AFFAIRS, null).map(bureau -> {
            if (!bureau.map(OfficeView::delegatesDibaoConfirmation).orElse(false)) {
                throw steps.outside(c);
            }
            return t;
        });
    }

    private Uni<AssistanceCase> move(SqlConnection connection, AssistanceCase c, Transition t, Actor actor, String actorLabel,
            String reason) {
        CaseState to = t.to();
        Uni<Void> claims = Uni.createFrom().voidItem();
        if (c.state().open() && !to.open()) {
            claims = cases.releaseClaims(connection, c.id());
        } else if (!c.state().open() && to.open()) {
            claims = cases.memberIds(connection, c.id()).flatMap(ids -> claim(connection, c, ids.size()));
        }
        return stepRecords.checkBefore(connection, c, t).replaceWith(claims)
                .flatMap(ignored -> cases.moveTo(connection, c.id(), to, !to.open(), deadlines.dueOn(c.programme(), to)))
                .flatMap(ignored -> record(connection, c, t.action(), c.state(), to, actor, actorLabel, reason))
                .flatMap(ignored -> stepRecords.keepAfter(connection, c, t, actor, actorLabel, reason))
                .flatMap(ignored -> cases.find(connection, c.id())).map(Optional::orElseThrow);
    }

    /** Claims the programme for every member; an open case of another claims one of them: OPEN_CASE_EXISTS. */
    private Uni<Void> claim(SqlConnection connection, AssistanceCase c, int members) {
        return cases.claimMembers(connection, c.programme(), c.id()).flatMap(claimed -> claimed == members
                ? Uni.createFrom().voidItem()
                : cases.memberIds(connection, c.id())
                        .flatMap(ids -> cases.openCaseNumberClaiming(connection, c.programme(), ids, c.id()))
                        .map(open -> {
                            throw new ApiException(ErrorCode.OPEN_CASE_EXISTS, Map.of("caseNumber", open.orElse(""),
                                    "programme", c.programme().name()));
                        }));
    }

    /** [TK]: the county spot-checks at least 30% of the cases it decides; drawn when the file is sent. */
    private Uni<Void> drawForSpotCheck(SqlConnection connection, AssistanceCase c) {
        int year = ChinaTime.today(clock).getYear();
        return cases.spotCheckTally(connection, c.countyCode(), c.programme(), year).flatMap(tally -> SpotCheckRule.draw(tally[0],
                tally[1], random.nextDouble()) ? cases.requireSpotCheck(connection, c.id()) : Uni.createFrom().voidItem());
    }

    private Uni<CaseEvent> record(SqlConnection connection, AssistanceCase c, CaseAction action, CaseState from, CaseState to,
            Actor actor, String actorLabel, String reason) {
        Map<String, Object> values = Map.of("caseNumber", c.caseNumber(), "programmeName", catalogue.get(c.programme()).name(),
                "actionLabel", action.label(), "stateLabel", to.label());
        String key = actor.role() == Role.RESIDENT ? action.name() : "STAFF_STEP";
        return cases.insertEvent(connection, c.id(), action, from, to, actor.role(), actor.subject(), actor.officeCode(), actorLabel, reason)
                .call(event -> outbox.enqueue(connection, c.id(), Long.parseLong(event.id()), c.ownerIdNumber(), Channel.MINIAPP,
                        Messages.text("notification." + key + ".title", values),
                        Messages.text("notification." + key + ".body", values)))
                .call(event -> cases.notifyEvent(connection, event));
    }

    /** How the household's side of the timeline names who acted: staff filing for a household, its agent, or itself. */
    private static String householdLabel(AssistanceCase c, Actor actor) {
        if (actor.role() != Role.RESIDENT) {
            return Messages.text(actor.role() == Role.HOTLINE_OPERATOR ? "case.actor.HOTLINE" : "case.actor.STAFF", Map.of());
        }
        if (actor.idNumber().equals(c.ownerIdNumber()) && c.viaAgent()) {
            return Messages.text("case.actor.AGENT", Map.of());
        }
        return Messages.text("case.actor.HOUSEHOLD", Map.of());
    }

    /**
     * What the application service hands over when a draft is submitted. {@code unstableIncome} is
     * read from the form there (casework never reads the form) and sets the review period.
     */
    /** {@code contactMobile}: the application's contact number, normalised; the hotline finds the case by it. */
    public record Opening(UUID caseId, UUID applicationId, Programme programme, Actor actor, String applicantIdNumber,
            String applicantName, List<Member> members, String regionCode, boolean viaAgent, boolean nearRelativeFlag,
            Assignment assignment, boolean unstableIncome, String contactMobile) {
    }

    /** A case locked for work in a transaction, with the person doing it and their office. */
    public record Handling(SqlConnection connection, AssistanceCase c, Actor actor, OfficeView office) {
    }

    public record Member(String idNumber, String relation) {
    }
}
