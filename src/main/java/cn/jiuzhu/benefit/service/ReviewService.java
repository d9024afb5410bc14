package cn.jiuzhu.benefit.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.service.ApplicationRules;
import cn.jiuzhu.benefit.BenefitPeriod;
import cn.jiuzhu.benefit.BenefitRules;
import cn.jiuzhu.benefit.Calculation;
import cn.jiuzhu.benefit.CountedHousehold;
import cn.jiuzhu.benefit.FindingSource;
import cn.jiuzhu.benefit.FoundHousehold;
import cn.jiuzhu.benefit.HouseholdFinding;
import cn.jiuzhu.benefit.repository.BenefitRepository;
import cn.jiuzhu.benefit.repository.BenefitRepository.StoredPeriod;
import cn.jiuzhu.benefit.repository.HouseholdFindingRepository;
import cn.jiuzhu.benefit.repository.ReviewAssessmentRepository;
import cn.jiuzhu.benefit.repository.ReviewAssessmentRepository.Assessment;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.casework.record.PaymentSchedule;
import cn.jiuzhu.casework.record.ReviewOutcome;
import cn.jiuzhu.casework.service.CaseDecisionListener;
import cn.jiuzhu.casework.service.CaseRecordService;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.standard.service.StandardService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * 定期核查 [DB]: the township records the household in payment as it finds it; for a computed programme the amount is
 * recomputed with the standard in force next month and the outcome follows from it (or the township proposes a stop,
 * for reasons no figure shows: moved away, died, refuses to cooperate). The county then decides it as a step of the
 * case (REVIEW, or STOP_PAYMENT); its decision pays the new amount from the month after, as a period with its trace.
 */
@ApplicationScoped
public class ReviewService {

    private static final int MAX_REASONS = 2000;

    private final CaseService cases;
    private final CaseRecordService caseRecords;
    private final HouseholdFindingService findings;
    private final HouseholdFindingRepository findingRows;
    private final BenefitService benefits;
    private final BenefitRepository periods;
    private final ReviewAssessmentRepository assessments;
    private final StandardService standards;
    private final CalendarService calendar;

    public ReviewService(CaseService cases, CaseRecordService caseRecords, HouseholdFindingService findings,
            HouseholdFindingRepository findingRows, BenefitService benefits, BenefitRepository periods,
            ReviewAssessmentRepository assessments, StandardService standards, CalendarService calendar) {
        this.cases = cases;
        this.caseRecords = caseRecords;
        this.findings = findings;
        this.findingRows = findingRows;
        this.benefits = benefits;
        this.periods = periods;
        this.assessments = assessments;
        this.standards = standards;
        this.calendar = calendar;
    }

    /** The township's review of a case in payment: the household as found, written reasons, and whether it proposes a stop. */
    public Uni<AssistanceCase> record(Actor actor, UUID caseId, FoundHousehold found, String evidence, String reasons, boolean stop) {
        String written = TextInput.requiredReason("reasons", reasons, MAX_REASONS);
        String text = findings.checked(found, evidence);
        return cases.handle(actor, caseId, Responsible.TOWNSHIP, EnumSet.of(CaseState.IN_PAYMENT), "记录定期核查", h -> findings
                .record(h.connection(), h.c(), found, FindingSource.PERIODIC_REVIEW, text, actor, h.office().name())
                .flatMap(finding -> BenefitService.computed(h.c().programme())
                        ? recompute(h, finding, written, stop)
                        : caseRecords.recordReview(h, stop ? ReviewOutcome.STOP : ReviewOutcome.CONTINUE, written, null, null,
                                unstable(found)).replaceWithVoid())
                .replaceWith(h.c()));
    }

    /** 收入不稳定, by the application's rule, on the household as found: it sets how often the household is reviewed. */
    private static boolean unstable(FoundHousehold found) {
        return ApplicationRules.unstableIncome(new ApplicationForm(null, null, null, null, null, found.members(), found.incomes(),
                found.properties(), found.expenditures(), List.of(), null, null));
    }

    private Uni<Void> recompute(CaseService.Handling h, HouseholdFinding finding, String reasons, boolean stop) {
        AssistanceCase c = h.c();
        LocalDate effectMonth = PaymentSchedule.firstPaymentMonth(calendar.today()).atDay(1);
        return benefits.amountsFor(List.of(c.id()), YearMonth.from(effectMonth)).flatMap(paid -> standards
                .requireInForce(h.connection(), c.regionCode(), effectMonth).flatMap(standard -> benefits
                        .forReview(h.connection(), c, CountedHousehold.of(finding), standard, effectMonth).flatMap(computed -> {
                    BigDecimal before = paid.get(c.id());
                    CountedHousehold household = CountedHousehold.of(finding);
                    ReviewOutcome outcome = stop ? ReviewOutcome.STOP : ReviewOutcome.of(before, computed.value());
                    Calculation<BigDecimal> amount = BenefitRules.reviewed(computed, before, outcome == ReviewOutcome.STOP);
                    return caseRecords.recordReview(h, outcome, reasons, before, amount.value(), unstable(finding.household()))
                            .flatMap(reviewId -> assessments.insert(h.connection(), new Assessment(reviewId, finding.id(), amount.value(),
                                    standard.id(), household.household().size(), amount.trace())));
                })));
    }

    /**
     * The county decided: from the month after, the review's amount (0.00 after a stop) replaces what was paid, and
     * what later standards would have paid is computed again for the household as found.
     */
    public Uni<Void> decided(SqlConnection connection, CaseDecisionListener.Review review) {
        return assessments.find(connection, review.reviewId()).flatMap(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                : periods.deleteFrom(connection, review.c().id(), review.effectiveFrom())
                        .flatMap(ignored -> periods.upsert(connection, new StoredPeriod(review.c().id(), review.effectiveFrom(),
                                found.get().monthlyAmount(), BenefitPeriod.Reason.REVIEW, found.get().standardId(),
                                found.get().householdSize(), found.get().trace())))
                        .flatMap(ignored -> review.outcome() == ReviewOutcome.STOP ? Uni.createFrom().voidItem()
                                : benefits.addLaterStandards(connection, review.c(), review.effectiveFrom())));
    }

    /**
     * The county reversed the review on objection: its amount is withdrawn, the household found before it counts again,
     * and the amount paid before the review continues (with any standard accepted since).
     */
    public Uni<Void> revoked(SqlConnection connection, CaseDecisionListener.Review review) {
        return assessments.find(connection, review.reviewId()).flatMap(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                : periods.deleteFrom(connection, review.c().id(), review.effectiveFrom())
                        .flatMap(ignored -> findingRows.restoreBefore(connection, review.c().id(), found.get().findingId()))
                        .flatMap(restored -> restored ? Uni.createFrom().voidItem() : findings.restoreDeclared(connection, review.c(),
                                review.actor(), review.actorLabel()))
                        .flatMap(ignored -> benefits.addLaterStandards(connection, review.c(), review.effectiveFrom())));
    }
}
