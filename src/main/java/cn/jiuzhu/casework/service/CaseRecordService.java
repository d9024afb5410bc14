package cn.jiuzhu.casework.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.casework.record.CaseDecision;
import cn.jiuzhu.casework.record.EconomicVerification;
import cn.jiuzhu.casework.record.HomeVisit;
import cn.jiuzhu.casework.record.PaymentSchedule;
import cn.jiuzhu.casework.record.PublicityEntry;
import cn.jiuzhu.casework.record.CaseReview;
import cn.jiuzhu.casework.record.ReviewOutcome;
import cn.jiuzhu.casework.record.Requirement;
import cn.jiuzhu.casework.record.SelfCareItem;
import cn.jiuzhu.casework.record.SelfCareRecord;
import cn.jiuzhu.casework.repository.CaseRecordRepository;
import cn.jiuzhu.casework.repository.CaseReviewRepository;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.casework.repository.CaseRecordRepository.Schedule;
import cn.jiuzhu.common.batch.OncePerRequest;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.common.validation.PlainText;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.region.RegionLevel;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The investigation's records (home visit, economic verification, proposed amount, self-care assessment), what they show
 * on a case, and the village noticeboard. Who may record what follows the procedure: the township
 * visits and proposes, the county verifies, and only while the case is under investigation.
 */
@ApplicationScoped
public class CaseRecordService {

    private static final int MAX_TEXT = 4000;
    private static final int MAX_STAFF_NAME = 50;
    private static final int MAX_STAFF = 10;
    private static final Set<CaseState> UNDER_INVESTIGATION = EnumSet.of(CaseState.INVESTIGATING);

    private final CaseService cases;
    private final CaseRecordRepository records;
    private final CalendarService calendar;
    private final OncePerRequest once;
    private final CaseReviewRepository reviews;

    public CaseRecordService(CaseService cases, CaseRecordRepository records, CalendarService calendar, OncePerRequest once,
            CaseReviewRepository reviews) {
        this.reviews = reviews;
        this.cases = cases;
        this.records = records;
        this.calendar = calendar;
        this.once = once;
    }

    /**
     * The amount an approval decided and the standard version it used, in the approval's transaction (a
     * {@link CaseDecisionListener} computes it; the township's proposal stays on file as what was publicised).
     */
    public Uni<Void> recordDecidedAmount(SqlConnection connection, UUID caseId, BigDecimal monthlyAmount, UUID standardId) {
        return records.setDecidedAmount(connection, caseId, monthlyAmount, standardId);
    }

    /**
     * 定期核查 recorded by the township in the caller's transaction (the household as found and the amount are the
     * caller's): the outcome and its written reasons wait for the county's decision, and the household's timeline says
     * the review was done. A pending review recorded before is superseded. Returns the review's id.
     */
    public Uni<Long> recordReview(CaseService.Handling h, ReviewOutcome outcome, String reasons, BigDecimal previousAmount,
            BigDecimal newAmount, boolean unstableIncome) {
        String note = Messages.text("case.review.recorded", Map.of("outcomeLabel", outcome.label()));
        return reviews.insert(h.connection(), h.c().id(), outcome, reasons, previousAmount, newAmount,
                PaymentSchedule.reviewEveryMonths(unstableIncome), h.actor(), h.office().name())
                .call(id -> cases.recordNote(h.connection(), h.c().id(), CaseAction.REVIEW_RECORDED, h.actor(), h.office().name(),
                        note));
    }

    /** The latest review of each case (pending or decided); null before the first. */
    public Uni<List<CaseReview>> reviews(List<AssistanceCase> of) {
        List<AssistanceCase> reviewable = of.stream().filter(c -> c.state().reviewable()).toList();
        if (reviewable.isEmpty()) {
            return Uni.createFrom().item(of.stream().map(c -> (CaseReview) null).toList());
        }
        return reviews.latestOf(ids(reviewable)).map(found -> inOrder(of, found, CaseReview::caseId));
    }

    /** Whether each case's periodic review is past due (China date); null without a review date. */
    public Uni<List<Boolean>> reviewOverdue(List<AssistanceCase> of) {
        LocalDate today = calendar.today();
        return nextReviewOn(of).map(dates -> dates.stream().map(d -> d == null ? null : d.isBefore(today)).toList());
    }

    /** 入户调查 by the case's township office: at least two different staff, on a day between submission and today. */
    public Uni<AssistanceCase> recordHomeVisit(Actor actor, UUID caseId, LocalDate visitedOn, List<String> staff, String findings) {
        List<String> names = staffNames(staff);
        String text = TextInput.required("findings", "调查情况", findings, MAX_TEXT);
        requireNotInFuture("visitedOn", visitedOn);
        return cases.handle(actor, caseId, Responsible.TOWNSHIP, UNDER_INVESTIGATION, "记录入户调查", h -> {
            requireNotBeforeSubmission("visitedOn", visitedOn, h.c());
            return records.insertHomeVisit(h.connection(), h.c().id(), visitedOn, names, text, actor, h.office().name(), false)
                    .replaceWith(h.c());
        });
    }

    /**
     * The county's own visit during confirmation: the tekun spot check, or the visit a case registered
     * separately (near relative of staff) needs before the county decides. At least two staff, as any visit.
     */
    public Uni<AssistanceCase> recordCountyVisit(Actor actor, UUID caseId, LocalDate visitedOn, List<String> staff, String findings) {
        List<String> names = staffNames(staff);
        String text = TextInput.required("findings", "核实情况", findings, MAX_TEXT);
        requireNotInFuture("visitedOn", visitedOn);
        return cases.handle(actor, caseId, Responsible.COUNTY, EnumSet.of(CaseState.CONFIRMATION), "记录县级入户核实", h -> records
                .insertHomeVisit(h.connection(), h.c().id(), visitedOn, names, text, actor, h.office().name(), true)
                .replaceWith(h.c()));
    }

    /**
     * 家庭经济状况核对 by the county bureau of the case's county. A failed verification is also the step
     * FAIL_VERIFICATION, taken in the same transaction with the summary as its reason, so the household
     * learns at once that it may object.
     */
    public Uni<AssistanceCase> recordVerification(Actor actor, UUID caseId, boolean passed, String summary) {
        String text = TextInput.required("summary", "核对情况", summary, MAX_TEXT);
        return cases.handle(actor, caseId, Responsible.COUNTY, UNDER_INVESTIGATION, "记录核对结果", h -> records
                .insertVerification(h.connection(), h.c().id(), passed, text, actor, h.office().name())
                .flatMap(ignored -> passed ? Uni.createFrom().item(h.c()) : cases.step(h, CaseAction.FAIL_VERIFICATION, text)));
    }

    /**
     * 拟保障金额 by the township, before publicity; a new proposal replaces the last. Refused with AMOUNT_COMPUTED for a
     * programme whose published amount the rules compute from the household as verified.
     */
    public Uni<AssistanceCase> proposeAmount(Actor actor, UUID caseId, String monthlyAmount) {
        BigDecimal amount = Yuan.parse("monthlyAmount", monthlyAmount);
        return cases.handle(actor, caseId, Responsible.TOWNSHIP, UNDER_INVESTIGATION, "提出拟保障金额", h -> {
            if (Procedure.of(h.c().programme()).publishesComputedAmount()) {
                throw new ApiException(ErrorCode.AMOUNT_COMPUTED, Map.of("programme", h.c().programme().name()));
            }
            return records.insertAmountProposal(h.connection(), h.c().id(), amount, actor, h.office().name()).replaceWith(h.c());
        });
    }

    /** The amount the rules gave for publicity, as the township's first review publishes it, in the step's transaction. */
    public Uni<Void> recordPublishedAmount(SqlConnection connection, UUID caseId, BigDecimal monthlyAmount, Actor actor,
            String actorLabel) {
        return records.insertAmountProposal(connection, caseId, monthlyAmount, actor, actorLabel);
    }

    /**
     * 生活自理能力评估 by the case's township office while it investigates a programme that asks for one (extreme-poverty
     * support): the member (by ID number, one of the case's), the items of the six they cannot do on their own (none:
     * self-reliant), the day assessed (not before submission, not in the future) and, optionally, the assessors' names.
     * A new record re-assesses the person; the latest counts.
     */
    public Uni<AssistanceCase> recordSelfCareAssessment(Actor actor, UUID caseId, String memberIdNumber, List<SelfCareItem> failedItems,
            LocalDate assessedOn, List<String> assessors) {
        String member = IdNumber.tryParse(memberIdNumber, calendar.today())
                .orElseThrow(() -> new ApiException(ErrorCode.ID_NUMBER_INVALID, Map.of("field", "memberIdNumber"))).value();
        Set<SelfCareItem> items = EnumSet.noneOf(SelfCareItem.class);
        items.addAll(failedItems);
        List<String> names = assessorNames(assessors);
        requireNotInFuture("assessedOn", assessedOn);
        String task = "记录生活自理能力评估";
        return cases.handle(actor, caseId, Responsible.TOWNSHIP, UNDER_INVESTIGATION, task, h -> {
            if (!Procedure.of(h.c().programme()).asks(Requirement.SELF_CARE_ASSESSMENT)) {
                throw new ApiException(ErrorCode.CASE_ACTION_NOT_ALLOWED, Map.of("actionName", task, "state", h.c().state().name(),
                        "programme", h.c().programme().name()));
            }
            requireNotBeforeSubmission("assessedOn", assessedOn, h.c());
            return records.isMember(h.connection(), h.c().id(), member).flatMap(isMember -> {
                if (!isMember) {
                    throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "memberIdNumber", "reason", "NOT_A_MEMBER"));
                }
                return records.insertSelfCareAssessment(h.connection(), h.c().id(), member, items, assessedOn, names, actor,
                        h.office().name());
            }).replaceWith(h.c());
        });
    }

    /** The noticeboard of a village (12 digits) or township (9 digits): households in publicity there. */
    public Uni<List<PublicityEntry>> publicity(String villageOrTownshipCode) {
        RegionLevel level = new RegionCode(villageOrTownshipCode).level();
        if (level != RegionLevel.VILLAGE && level != RegionLevel.TOWNSHIP) {
            throw new ApiException(ErrorCode.REGION_LEVEL_MISMATCH, Map.of("expectedLevelName", "村（社区）或乡镇（街道）",
                    "actualLevel", level.name()));
        }
        return records.inPublicity(villageOrTownshipCode);
    }

    public Uni<List<List<HomeVisit>>> homeVisits(List<AssistanceCase> of) {
        return records.homeVisitsOf(ids(of)).map(visits -> {
            Map<UUID, List<HomeVisit>> byCase = visits.stream().collect(Collectors.groupingBy(HomeVisit::caseId));
            return of.stream().map(c -> byCase.getOrDefault(c.id(), List.of())).toList();
        });
    }

    /** Each member's latest self-care assessment, per case in the order given; read on {@code connection} inside a step. */
    public Uni<List<List<SelfCareRecord>>> selfCareAssessments(SqlClient connection, List<AssistanceCase> of) {
        return records.latestSelfCareOf(connection, ids(of)).map(found -> {
            Map<UUID, List<SelfCareRecord>> byCase = found.stream().collect(Collectors.groupingBy(SelfCareRecord::caseId));
            return of.stream().map(c -> byCase.getOrDefault(c.id(), List.of())).toList();
        });
    }

    public Uni<List<EconomicVerification>> verifications(List<AssistanceCase> of) {
        return records.latestVerificationsOf(ids(of)).map(found -> inOrder(of, found, EconomicVerification::caseId));
    }

    public Uni<List<String>> proposedMonthlyAmounts(List<AssistanceCase> of) {
        return records.latestProposalsOf(ids(of)).map(amounts -> of.stream().map(c -> Yuan.format(amounts.get(c.id()))).toList());
    }

    public Uni<List<CaseDecision>> decisions(List<AssistanceCase> of) {
        return records.decisionsOf(ids(of)).map(found -> inOrder(of, found, CaseDecision::caseId));
    }

    /** "2026-12": the month of the first payment. */
    public Uni<List<String>> paymentStartsIn(List<AssistanceCase> of) {
        return schedulesOf(of).map(found -> inOrder(of, found, Schedule::caseId).stream()
                .map(s -> s == null ? null : YearMonth.from(s.firstPaymentMonth()).toString()).toList());
    }

    public Uni<List<LocalDate>> nextReviewOn(List<AssistanceCase> of) {
        return schedulesOf(of).map(found -> inOrder(of, found, Schedule::caseId).stream()
                .map(s -> s == null ? null : s.nextReviewOn()).toList());
    }

    /** Payment schedules, read once for both fields that show them. */
    private Uni<List<Schedule>> schedulesOf(List<AssistanceCase> of) {
        List<UUID> ids = ids(of);
        return once.read("payment schedules", ids, () -> records.schedulesOf(ids));
    }

    /** Distinct names as typed, without surrounding spaces; fewer than two people is not a home visit. */
    private static List<String> staffNames(List<String> staff) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < staff.size(); i++) {
            String name = staff.get(i);
            PlainText.requireName("staff[" + i + "]", name);
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (names.size() < 2) {
            throw new ApiException(ErrorCode.HOME_VISIT_STAFF_TOO_FEW, Map.of("field", "staff", "distinctNames", names.size()));
        }
        if (names.size() > MAX_STAFF || names.stream().anyMatch(n -> n.length() > MAX_STAFF_NAME)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "staff", "maxNames", MAX_STAFF,
                    "maxLength", MAX_STAFF_NAME));
        }
        return List.copyOf(names);
    }

    private static List<UUID> ids(List<AssistanceCase> of) {
        return of.stream().map(AssistanceCase::id).toList();
    }

    /** One value per case, in the cases' order; null where a case has none. */
    private static <T> List<T> inOrder(List<AssistanceCase> of, List<T> found, Function<T, UUID> caseId) {
        Map<UUID, T> byCase = found.stream().collect(Collectors.toMap(caseId, Function.identity()));
        return of.stream().map(c -> byCase.get(c.id())).toList();
    }

    /** Optional: distinct names as typed, without surrounding spaces; blank ones are left out. */
    private static List<String> assessorNames(List<String> assessors) {
        if (assessors == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < assessors.size(); i++) {
            String name = assessors.get(i);
            PlainText.requireName("assessors[" + i + "]", name);
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (names.size() > MAX_STAFF || names.stream().anyMatch(n -> n.length() > MAX_STAFF_NAME)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "assessors", "maxNames", MAX_STAFF,
                    "maxLength", MAX_STAFF_NAME));
        }
        return List.copyOf(names);
    }

    private void requireNotInFuture(String field, LocalDate day) {
        if (day.isAfter(calendar.today())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", field, "reason", "IN_THE_FUTURE"));
        }
    }

    private static void requireNotBeforeSubmission(String field, LocalDate day, AssistanceCase c) {
        if (day.isBefore(c.submittedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", field, "reason", "BEFORE_SUBMISSION"));
        }
    }
}
