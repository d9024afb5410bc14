package cn.jiuzhu.casework.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.casework.record.Appraisal;
import cn.jiuzhu.casework.record.AppraisalRules;
import cn.jiuzhu.casework.record.ObjectionSource;
import cn.jiuzhu.casework.record.PublicityObjection;
import cn.jiuzhu.casework.repository.AppraisalRepository;
import cn.jiuzhu.casework.repository.CaseRepository;
import cn.jiuzhu.casework.service.CaseService.Handling;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Objections during publicity (公示期间的异议) and the democratic appraisal (民主评议). The township office handling the
 * case records an objection while the case is in publicity, its own or one a real-name report to the hotline made;
 * the household's timeline says that one came, never what it said or from whom. The township holds an appraisal on
 * it (or on facts it judges unclear during the investigation): the record and the step HOLD_APPRAISAL commit together,
 * the case goes back to the township's first review, and the step answers the publicity's objections.
 */
@ApplicationScoped
public class AppraisalService {

    private static final int MAX_TEXT = 4000;
    private static final String RECORD_OBJECTION = "登记公示异议";
    private static final Set<CaseState> IN_PUBLICITY = EnumSet.of(CaseState.PUBLICITY);

    private final CaseService cases;
    private final CaseRepository caseRows;
    private final AppraisalRepository appraisals;
    private final CalendarService calendar;

    public AppraisalService(CaseService cases, CaseRepository caseRows, AppraisalRepository appraisals, CalendarService calendar) {
        this.cases = cases;
        this.caseRows = caseRows;
        this.appraisals = appraisals;
        this.calendar = calendar;
    }

    /** An objection the township itself received (at its office, by letter), on the day it came. */
    public Uni<AssistanceCase> recordObjection(Actor actor, UUID caseId, LocalDate receivedOn, String content) {
        String text = TextInput.required("content", "异议内容", content, MAX_TEXT);
        requireNotInFuture("receivedOn", receivedOn);
        return cases.handle(actor, caseId, Responsible.TOWNSHIP, IN_PUBLICITY, RECORD_OBJECTION,
                h -> insertObjection(h, ObjectionSource.TOWNSHIP, null, text, receivedOn));
    }

    /**
     * A real-name report routed to the township, recorded as the objection to the case it names by its number, in the
     * caller's transaction (the work order changes with it). A number unknown, or of a case another office handles,
     * is CASE_NOT_FOUND; a case not in publicity CASE_ACTION_NOT_ALLOWED; a report made before the publicity began
     * is no objection to it (VALIDATION_FAILED, BEFORE_PUBLICITY).
     */
    public Uni<AssistanceCase> recordReport(SqlConnection connection, Actor actor, String caseNumber, UUID workOrderId,
            String content, LocalDate receivedOn) {
        return caseRows.findByCaseNumber(caseNumber)
                .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.CASE_NOT_FOUND, Map.of("caseNumber", caseNumber))))
                .flatMap(c -> cases.handle(connection, actor, c.id(), Responsible.TOWNSHIP, IN_PUBLICITY, RECORD_OBJECTION,
                        h -> insertObjection(h, ObjectionSource.HOTLINE_REPORT, workOrderId, content, receivedOn)));
    }

    /**
     * 民主评议 by the township handling the case, from publicity or during the investigation, on the version the officer
     * saw: at least {@link AppraisalRules#MIN_PARTICIPANTS} people, an opinion, held since the case entered its state
     * and not after today. The timeline's reason is the appraisal as the household reads it.
     */
    public Uni<AssistanceCase> holdAppraisal(Actor actor, UUID caseId, LocalDate heldOn, int participants, String opinion,
            int expectedVersion) {
        AppraisalRules.checkParticipants(participants);
        String text = TextInput.required("opinion", "评议意见", opinion, MAX_TEXT);
        requireNotInFuture("heldOn", heldOn);
        String summary = AppraisalRules.summary(heldOn, participants, text);
        return cases.actAsStaff(actor, caseId, CaseAction.HOLD_APPRAISAL, summary, expectedVersion, h -> {
            requireNotBefore("heldOn", heldOn, h.c());
            return appraisals.insertAppraisal(h.connection(), h.c().id(), heldOn, participants, text, h.c().version(), actor,
                    h.office().name());
        });
    }

    /** Each case's objections, oldest first: staff only. */
    public Uni<List<List<PublicityObjection>>> objections(List<AssistanceCase> of) {
        return appraisals.objectionsOf(ids(of)).map(found -> byCase(of, found, PublicityObjection::caseId));
    }

    /** Each case's appraisals, oldest first. */
    public Uni<List<List<Appraisal>>> appraisals(List<AssistanceCase> of) {
        List<AssistanceCase> investigated = of.stream().filter(c -> !c.state().beforeInvestigation()).toList();
        if (investigated.isEmpty()) {
            return Uni.createFrom().item(of.stream().map(c -> List.<Appraisal>of()).toList());
        }
        return appraisals.appraisalsOf(ids(investigated)).map(found -> byCase(of, found, Appraisal::caseId));
    }

    /** The objection on file and a note on the timeline that one came, saying nothing of its content or source. */
    private Uni<AssistanceCase> insertObjection(Handling h, ObjectionSource source, UUID workOrderId, String content,
            LocalDate receivedOn) {
        requireNotBefore("receivedOn", receivedOn, h.c());
        return appraisals.insertObjection(h.connection(), h.c().id(), source, workOrderId, content, receivedOn, h.actor(),
                h.office().name())
                .flatMap(ignored -> cases.recordNote(h.connection(), h.c().id(), CaseAction.OBJECTION_RECEIVED, h.actor(),
                        h.office().name(), Messages.text("objection.received.text", Map.of())))
                .replaceWith(h.c());
    }

    private void requireNotInFuture(String field, LocalDate day) {
        if (day.isAfter(calendar.today())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", field, "reason", "IN_THE_FUTURE"));
        }
    }

    /** Received or held in the state the case is in: an objection during its publicity, an appraisal since it began. */
    private static void requireNotBefore(String field, LocalDate day, AssistanceCase c) {
        LocalDate since = c.stateSince().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        if (day.isBefore(since)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", field, "reason", "BEFORE_" + c.state().name(),
                    "since", since.toString()));
        }
    }

    private static List<UUID> ids(List<AssistanceCase> of) {
        return of.stream().map(AssistanceCase::id).toList();
    }

    private static <T> List<List<T>> byCase(List<AssistanceCase> of, List<T> found, Function<T, UUID> caseId) {
        Map<UUID, List<T>> byCase = found.stream().collect(Collectors.groupingBy(caseId));
        return of.stream().map(c -> byCase.getOrDefault(c.id(), List.of())).toList();
    }
}
