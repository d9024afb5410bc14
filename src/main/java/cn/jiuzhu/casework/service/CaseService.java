package cn.jiuzhu.casework.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseConnection;
import cn.jiuzhu.casework.CaseEvent;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.repository.CaseRepository;
import cn.jiuzhu.casework.repository.CaseRepository.NewCase;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.notification.Channel;
import cn.jiuzhu.notification.service.NotificationOutbox;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.service.CatalogueService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Opens cases and moves them through {@link Procedure}. Every move happens in one transaction with
 * its event, its notification (outbox) and the NOTIFY that wakes subscriptions: either all of it is
 * committed or none of it.
 */
@ApplicationScoped
public class CaseService {

    private final Pool client;
    private final CaseRepository cases;
    private final NotificationOutbox outbox;
    private final CatalogueService catalogue;

    public CaseService(Pool client, CaseRepository cases, NotificationOutbox outbox, CatalogueService catalogue) {
        this.client = client;
        this.cases = cases;
        this.outbox = outbox;
        this.catalogue = catalogue;
    }

    /**
     * Opens the case of a submitted application, inside the submitting transaction. Refused with
     * OPEN_CASE_EXISTS, naming that case, when a member already belongs to an open case of the programme.
     */
    public Uni<AssistanceCase> open(SqlConnection connection, Opening o) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String countyCode = o.regionCode().substring(0, 6);
        int year = now.atZoneSameInstant(CalendarService.CHINA).getYear();
        String prefix = o.programme().caseNumberPrefix();
        List<String> idNumbers = o.members().stream().map(Member::idNumber).toList();
        return cases.nextNumber(connection, prefix, countyCode, year)
                .map(sequence -> String.format("%s-%s-%d-%05d", prefix, countyCode, year, sequence))
                .flatMap(number -> cases.insert(connection, new NewCase(o.caseId(), number, o.applicationId(),
                        o.programme(), o.actor().idNumber(), o.applicantIdNumber(), o.applicantName(), o.members().size(),
                        o.regionCode(), countyCode, now, o.viaAgent(), o.nearRelativeFlag())))
                .call(c -> cases.insertMembers(connection, c.id(), idNumbers,
                        o.members().stream().map(Member::relation).toList()))
                .call(c -> cases.claim(connection, o.programme(), c.id(), idNumbers).flatMap(claimed -> claimed == idNumbers.size()
                        ? Uni.createFrom().voidItem()
                        : cases.openCaseNumberClaiming(connection, o.programme(), idNumbers, c.id()).map(open -> {
                            throw new ApiException(ErrorCode.OPEN_CASE_EXISTS, Map.of("caseNumber", open.orElse(""),
                                    "programme", o.programme().name()));
                        })))
                .call(c -> record(connection, c, CaseAction.SUBMIT, null, CaseState.SUBMITTED, o.actor(), null));
    }

    /** A resident's action on their household's case (withdraw, object). */
    public Uni<AssistanceCase> actAsHousehold(Actor actor, UUID caseId, CaseAction action, String reason) {
        return client.withTransaction(connection -> cases.lockVisible(connection, caseId, actor.idNumber())
                .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.CASE_NOT_FOUND, Map.of("caseId", caseId))))
                .flatMap(c -> {
                    var transition = Procedure.transition(action, c.state())
                            .filter(t -> t.roles().contains(actor.role()));
                    if (transition.isEmpty()) {
                        if (alreadyDone(action, c.state())) {
                            return Uni.createFrom().item(c); // a retried request: the first one did it
                        }
                        throw new ApiException(ErrorCode.CASE_ACTION_NOT_ALLOWED, Map.of("actionName", action.label(),
                                "action", action.name(), "state", c.state().name()));
                    }
                    CaseState to = transition.get().to();
                    return cases.moveTo(connection, c.id(), to, !to.open())
                            .call(() -> to.open() ? Uni.createFrom().voidItem() : cases.releaseClaims(connection, c.id()))
                            .flatMap(ignored -> record(connection, c, action, c.state(), to, actor, reason))
                            .flatMap(ignored -> cases.find(connection, c.id())).map(Optional::orElseThrow);
                }));
    }

    /** Documents added to a case still being handled: an event on the timeline, and back to the office if it had asked for them. */
    public Uni<Void> recordSupplement(SqlConnection connection, AssistanceCase c, Actor actor) {
        Optional<Procedure.Transition> back = Procedure.transition(CaseAction.SUPPLEMENT_DOCUMENTS, c.state());
        CaseState to = back.map(Procedure.Transition::to).orElse(c.state());
        Uni<Void> move = back.isPresent() ? cases.moveTo(connection, c.id(), to, false) : Uni.createFrom().voidItem();
        return move.flatMap(ignored -> record(connection, c, CaseAction.SUPPLEMENT_DOCUMENTS, c.state(), to, actor, null))
                .replaceWithVoid();
    }

    public Uni<AssistanceCase> findVisible(UUID caseId, String idNumber) {
        return cases.findVisible(caseId, idNumber)
                .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.CASE_NOT_FOUND, Map.of("caseId", caseId))));
    }

    public Uni<Optional<AssistanceCase>> findByApplication(UUID applicationId) {
        return cases.findByApplication(applicationId);
    }

    public Uni<CaseConnection> casesVisibleTo(String idNumber, PageRequest page) {
        OffsetDateTime beforeAt = null;
        UUID beforeId = null;
        if (page.afterKey() != null) {
            String[] parts = page.afterKey().split("\\|", 2);
            try {
                beforeAt = OffsetDateTime.parse(parts[0]);
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new ApiException(ErrorCode.CURSOR_INVALID);
            }
        }
        return cases.findVisibleTo(idNumber, beforeAt, beforeId, page.fetchSize()).map(found -> {
            var p = page.toPage(found, c -> c.submittedAt() + "|" + c.id());
            return new CaseConnection(p.items(), p.pageInfo());
        });
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

    private Uni<CaseEvent> record(SqlConnection connection, AssistanceCase c, CaseAction action, CaseState from, CaseState to,
            Actor actor, String reason) {
        Map<String, Object> values = Map.of("caseNumber", c.caseNumber(), "programmeName", catalogue.get(c.programme()).name());
        return cases.insertEvent(connection, c.id(), action, from, to, actor.role(), actor.subject(), actor.officeCode(), reason)
                .call(event -> outbox.enqueue(connection, c.id(), Long.parseLong(event.id()), c.ownerIdNumber(), Channel.MINIAPP,
                        Messages.text("notification." + action.name() + ".title", values),
                        Messages.text("notification." + action.name() + ".body", values)))
                .call(event -> cases.notifyEvent(connection, event));
    }

    private static boolean alreadyDone(CaseAction action, CaseState state) {
        return Procedure.TRANSITIONS.stream().anyMatch(t -> t.action() == action && t.to() == state);
    }

    /** What the application service hands over when a draft is submitted. */
    public record Opening(UUID caseId, UUID applicationId, Programme programme, Actor actor, String applicantIdNumber, String applicantName,
            List<Member> members, String regionCode, boolean viaAgent, boolean nearRelativeFlag) {
    }

    public record Member(String idNumber, String relation) {
    }
}
