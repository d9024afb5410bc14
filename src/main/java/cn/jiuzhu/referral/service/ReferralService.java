package cn.jiuzhu.referral.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import cn.jiuzhu.referral.Referral;
import cn.jiuzhu.referral.ReferralConnection;
import cn.jiuzhu.referral.ReferralOutcome;
import cn.jiuzhu.referral.ReferralStatus;
import cn.jiuzhu.referral.ReferralStep;
import cn.jiuzhu.referral.repository.ReferralRepository;
import cn.jiuzhu.referral.repository.ReferralRepository.NewReferral;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Referrals (转介) of special-assistance needs to the county department that runs them. Every change
 * commits together with the note it leaves on the case's timeline (through CaseService, which also
 * writes the household's notification), or not at all.
 */
@ApplicationScoped
public class ReferralService {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Pool client;
    private final ReferralRepository referrals;
    private final CaseService cases;
    private final OfficeService offices;
    private final CalendarService calendar;

    public ReferralService(Pool client, ReferralRepository referrals, CaseService cases, OfficeService offices,
            CalendarService calendar) {
        this.client = client;
        this.referrals = referrals;
        this.cases = cases;
        this.offices = offices;
        this.calendar = calendar;
    }

    /**
     * Refers a household's need to its county's department, by the township handling the case or the
     * county bureau (anyone else finds no case). One referral per case and department waits for an
     * answer at a time: the same request again returns it, a different need is REFERRAL_PENDING.
     */
    public Uni<Referral> refer(Actor actor, UUID caseId, Department department, String need) {
        return Uni.createFrom().item(() -> {
            ReferralRules.checkMayRefer(actor);
            return ReferralRules.requiredText("need", need);
        }).flatMap(text -> cases.findForStaff(actor, caseId).flatMap(c -> {
            ReferralRules.checkReferable(c.state());
            return offices.require(actor.officeCode()).flatMap(referrer -> departmentOf(c, department)
                    .flatMap(office -> client.withTransaction(connection -> insert(connection, actor, c, office, referrer, department, text))));
        }));
    }

    public Uni<Referral> accept(Actor actor, UUID id, int expectedVersion) {
        return step(actor, id, ReferralStep.ACCEPT, expectedVersion, (connection, r) -> referrals.accept(connection, id),
                r -> Map.of("officeName", r.officeName(), "dueOn", CHINESE_DATE.format(r.dueOn())));
    }

    public Uni<Referral> answer(Actor actor, UUID id, ReferralOutcome outcome, String answer, int expectedVersion) {
        return Uni.createFrom().item(() -> ReferralRules.requiredText("answer", answer))
                .flatMap(text -> step(actor, id, ReferralStep.ANSWER, expectedVersion,
                        (connection, r) -> referrals.answer(connection, id, outcome, text),
                        r -> Map.of("outcomeLabel", outcome.label(), "answer", text)));
    }

    public Uni<Referral> decline(Actor actor, UUID id, String reason, int expectedVersion) {
        return Uni.createFrom().item(() -> ReferralRules.requiredText("reason", reason))
                .flatMap(text -> step(actor, id, ReferralStep.DECLINE, expectedVersion,
                        (connection, r) -> referrals.decline(connection, id, text), r -> Map.of("reason", text)));
    }

    /** A department officer's worklist: their office's referrals in one status, oldest due first. */
    public Uni<ReferralConnection> queue(Actor actor, ReferralStatus status, PageRequest page) {
        if (actor.role() != Role.DEPARTMENT_OFFICER) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN, Map.of("query", "departmentReferrals")));
        }
        return Uni.createFrom().item(() -> page.after(LocalDate::parse, UUID::fromString))
                .flatMap(after -> referrals.queue(actor.officeCode(), status, after.key(), after.id(), page.fetchSize()))
                .map(found -> {
                    var p = page.toPage(found, r -> PageRequest.keyset(r.dueOn(), r.id()));
                    return new ReferralConnection(p.items(), p.pageInfo());
                });
    }

    /** Referrals of several cases with one query, in the order of the cases given. */
    public Uni<List<List<Referral>>> ofCases(List<AssistanceCase> of) {
        List<UUID> ids = of.stream().map(AssistanceCase::id).toList();
        return referrals.ofCases(ids).map(found -> {
            Map<UUID, List<Referral>> byCase = found.stream().collect(Collectors.groupingBy(Referral::caseId));
            return ids.stream().map(id -> byCase.getOrDefault(id, List.of())).toList();
        });
    }

    /** Whether the case was ever referred to this office (a department's officers then work on its file). */
    public Uni<Boolean> referredTo(UUID caseId, String officeCode) {
        return referrals.ofCases(List.of(caseId)).map(found -> found.stream().anyMatch(r -> r.officeCode().equals(officeCode)));
    }

    public boolean overdue(Referral referral) {
        return ReferralRules.overdue(referral, calendar.today());
    }

    private Uni<OfficeView> departmentOf(AssistanceCase c, Department department) {
        return offices.findResponsible(c.countyCode(), OfficeKind.DEPARTMENT, department)
                .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.NO_RESPONSIBLE_OFFICE,
                        Map.of("department", department.name(), "countyCode", c.countyCode()))));
    }

    private Uni<Referral> insert(SqlConnection connection, Actor actor, AssistanceCase c, OfficeView office, OfficeView referrer,
            Department department, String need) {
        NewReferral r = new NewReferral(UUID.randomUUID(), c.id(), c.caseNumber(), c.applicantName(), c.programme(), department,
                office.code(), office.name(), need, referrer.name(), actor.subject(), referrer.code(),
                ReferralRules.dueOn(calendar.today(), calendar.calendar()));
        return referrals.insertUnlessPending(connection, r).flatMap(inserted -> {
            if (inserted.isEmpty()) {
                return referrals.findPending(connection, c.id(), department).map(pending -> pending
                        .filter(p -> p.need().equals(need))
                        .orElseThrow(() -> new ApiException(ErrorCode.REFERRAL_PENDING, Map.of("officeName", office.name(),
                                "referralId", pending.map(p -> p.id().toString()).orElse("")))));
            }
            String text = Messages.text("referral." + CaseAction.REFER.name() + ".text", Map.of("officeName", office.name(), "need", need));
            return cases.recordNote(connection, c.id(), CaseAction.REFER, actor, referrer.name(), text).replaceWith(inserted.get());
        });
    }

    /** A department step: the referral is locked, checked, changed, and its note written, in one transaction. */
    private Uni<Referral> step(Actor actor, UUID id, ReferralStep step, int expectedVersion,
            BiFunction<SqlConnection, Referral, Uni<Referral>> change, Function<Referral, Map<String, Object>> noteValues) {
        return client.withTransaction(connection -> referrals.lock(connection, id)
                .map(found -> found.orElseThrow(() -> new ApiException(ErrorCode.REFERRAL_NOT_FOUND, Map.of("referralId", id))))
                .flatMap(r -> {
                    ReferralRules.checkStep(step, r, actor, expectedVersion);
                    return change.apply(connection, r);
                })
                .call(changed -> cases.recordNote(connection, changed.caseId(), step.note(), actor, changed.officeName(),
                        Messages.text("referral." + step.note().name() + ".text", noteValues.apply(changed)))));
    }
}
