package cn.jiuzhu.casework.service;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.Procedure.Transition;
import cn.jiuzhu.casework.record.AppraisalRules;
import cn.jiuzhu.casework.record.DecisionOutcome;
import cn.jiuzhu.casework.record.PaymentSchedule;
import cn.jiuzhu.casework.record.Preconditions;
import cn.jiuzhu.casework.record.PublicityObjection;
import cn.jiuzhu.casework.repository.AppraisalRepository;
import cn.jiuzhu.casework.repository.CaseRecordRepository;
import cn.jiuzhu.casework.repository.CaseReviewRepository;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.time.ChinaTime;
import cn.jiuzhu.identity.Actor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What a step needs on file before it is taken, and what it leaves on file, inside the transaction
 * of the move: a decision is never recorded without its step, nor a step taken without its records. A step that
 * ends a publicity also answers the objections made during it.
 */
@ApplicationScoped
public class StepRecords {

    private final CaseRecordRepository records;
    private final Deadlines deadlines;
    private final CalendarService calendar;
    private final Instance<CaseDecisionListener> decisionListeners;
    private final CaseReviewRepository reviews;
    private final AppraisalRepository appraisals;
    private final Instance<PublicityObjectionListener> objectionListeners;

    /** 书面通知: a review's decision reaches the household within 3 working days, as a refusal's reasons do [DB]. */
    public static final int REVIEW_NOTICE_WORKING_DAYS = 3;

    public StepRecords(CaseRecordRepository records, Deadlines deadlines, CalendarService calendar,
            Instance<CaseDecisionListener> decisionListeners, CaseReviewRepository reviews, AppraisalRepository appraisals,
            Instance<PublicityObjectionListener> objectionListeners) {
        this.records = records;
        this.reviews = reviews;
        this.decisionListeners = decisionListeners;
        this.appraisals = appraisals;
        this.objectionListeners = objectionListeners;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /** PRECONDITION_MISSING when the step's records are not on file; PUBLICITY_NOT_OVER before the seven days. */
    public Uni<Void> checkBefore(SqlConnection connection, AssistanceCase c, Transition step) {
        Uni<Void> timing = Uni.createFrom().voidItem().invoke(() -> Preconditions.checkPublicityOver(c.state(), step.action(),
                chinaDate(c), calendar.today()));
        if (Preconditions.requirements(c, step).isEmpty()) {
            return timing;
        }
        return timing.flatMap(ignored -> records.recordsOnFile(connection, c.id()))
                .invoke(onFile -> Preconditions.check(c, step, onFile)).replaceWithVoid();
    }

    /** The decision with its reasons, the payment schedule, the next review: whatever the step's row says it leaves on file. */
    public Uni<Void> keepAfter(SqlConnection connection, AssistanceCase before, Transition step, Actor actor, String actorLabel,
            String reason) {
        Uni<Void> kept = switch (step.leaves()) {
            case APPROVAL -> records.insertDecision(connection, before.id(), DecisionOutcome.APPROVED, reason, actor, actorLabel, null)
                    .flatMap(ignored -> tellApproved(connection, before));
            case REFUSAL -> records.insertDecision(connection, before.id(), DecisionOutcome.REFUSED, reason, actor,
                    actorLabel, deadlines.dueOn(before.programme(), CaseState.REFUSED));
            case PUBLISHED_AMOUNT -> tellPublicised(connection, new CaseDecisionListener.Publicity(before, actor, actorLabel));
            case REFUSAL_REVOKED -> records.revokeRefusal(connection, before.id());
            case PAYMENT_SCHEDULE -> schedulePayment(connection, before);
            case REVIEW_DECISION -> decideReview(connection, before, actor, actorLabel, reason);
            case REVIEW_OBJECTION -> reviews.object(connection, before.id());
            case REVIEW_UPHELD -> reviews.rule(connection, before.id(), false).replaceWithVoid();
            case REVIEW_REVOKED -> reviews.rule(connection, before.id(), true).flatMap(revoked -> revoked.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : tell(l -> l.reviewRevoked(connection, new CaseDecisionListener.Review(before, revoked.get().id(),
                            revoked.get().outcome(), revoked.get().effectiveFrom(), actor, actorLabel))));
            case NOTHING -> Uni.createFrom().voidItem();
        };
        return kept.flatMap(ignored -> answerObjections(connection, before, step, actor, reason));
    }

    /**
     * Objections are open only while their publicity lasts, and the step that ends it answers them: an appraisal or a
     * re-investigation (the two answers [DB] names), or a withdrawal or termination that makes them moot. Sending the
     * case for confirmation needs none open, so it answers none. Whoever objected through the hotline is told in the
     * same transaction, through the listeners.
     */
    private Uni<Void> answerObjections(SqlConnection connection, AssistanceCase before, Transition step, Actor actor, String reason) {
        if (before.state() != CaseState.PUBLICITY) {
            return Uni.createFrom().voidItem();
        }
        return appraisals.openObjections(connection, before.id()).flatMap(open -> open.isEmpty() ? Uni.createFrom().voidItem()
                : appraisals.answer(connection, open, step.action(), AppraisalRules.answer(step.action(), reason))
                        .flatMap(answered -> tellAnswered(connection, answered, before, actor)));
    }

    private Uni<Void> tellAnswered(SqlConnection connection, List<PublicityObjection> answered, AssistanceCase c, Actor actor) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (PublicityObjection objection : answered) {
            for (PublicityObjectionListener listener : objectionListeners) {
                done = done.flatMap(ignored -> listener.answered(connection, new PublicityObjectionListener.Answered(objection, c, actor)));
            }
        }
        return done;
    }

    /** The capabilities that follow a decision (the benefit amount) act in its transaction, one after another. */
    private Uni<Void> tellApproved(SqlConnection connection, AssistanceCase c) {
        var approval = new CaseDecisionListener.Approval(c, PaymentSchedule.firstPaymentMonth(calendar.today()).atDay(1));
        Uni<Void> done = Uni.createFrom().voidItem();
        for (CaseDecisionListener listener : decisionListeners) {
            done = done.flatMap(ignored -> listener.approved(connection, approval));
        }
        return done;
    }

    private Uni<Void> tellPublicised(SqlConnection connection, CaseDecisionListener.Publicity publicity) {
        return tell(l -> l.publicised(connection, publicity));
    }

    private Uni<Void> tell(Function<CaseDecisionListener, Uni<Void>> what) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (CaseDecisionListener listener : decisionListeners) {
            done = done.flatMap(ignored -> what.apply(listener));
        }
        return done;
    }

    /**
     * 定期核查决定: the notice is due within 3 working days, the change applies from next month, the next review comes one
     * period after the one that was due; capabilities above pay the new amount.
     */
    private Uni<Void> decideReview(SqlConnection connection, AssistanceCase c, Actor actor, String decidedBy, String reasons) {
        LocalDate today = calendar.today();
        LocalDate noticeDue = calendar.calendar().addWorkingDays(today, REVIEW_NOTICE_WORKING_DAYS);
        LocalDate effectiveFrom = PaymentSchedule.firstPaymentMonth(today).atDay(1);
        return reviews.decide(connection, c.id(), decidedBy, reasons, noticeDue, effectiveFrom)
                .flatMap(decided -> rescheduleReview(connection, c, decided.reviewEveryMonths()).flatMap(ignored -> tell(l -> l.reviewDecided(connection,
                        new CaseDecisionListener.Review(c, decided.id(), decided.outcome(), decided.effectiveFrom(), actor, decidedBy)))));
    }

    private Uni<Void> schedulePayment(SqlConnection connection, AssistanceCase c) {
        boolean reviewed = Procedure.of(c.programme()).transition(CaseAction.REVIEW, CaseState.IN_PAYMENT).isPresent();
        return records.approvedAt(connection, c.id()).flatMap(at -> {
            LocalDate approvedOn = at.orElseThrow(Preconditions::noApprovalOnFile)
                    .atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
            LocalDate firstMonth = PaymentSchedule.firstPaymentMonth(approvedOn).atDay(1);
            if (!reviewed) {
                return records.insertSchedule(connection, c.id(), firstMonth, null, null);
            }
            return records.unstableIncome(connection, c.id()).flatMap(unstable -> {
                int every = PaymentSchedule.reviewEveryMonths(unstable);
                return records.insertSchedule(connection, c.id(), firstMonth, every, PaymentSchedule.firstReviewOn(approvedOn, every));
            });
        });
    }

    /**
     * A decided review moves the next one on by the period the household as found calls for (six months when its income
     * is unstable, twelve otherwise), from the date that was due, so the cycle does not drift.
     */
    private Uni<Void> rescheduleReview(SqlConnection connection, AssistanceCase c, int reviewEveryMonths) {
        return records.schedule(connection, c.id()).flatMap(found -> found.filter(s -> s.nextReviewOn() != null)
                .map(s -> records.setReviewSchedule(connection, c.id(), reviewEveryMonths,
                        PaymentSchedule.reviewAfter(s.nextReviewOn(), reviewEveryMonths)))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    private static LocalDate chinaDate(AssistanceCase c) {
        return c.stateSince().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }
}
