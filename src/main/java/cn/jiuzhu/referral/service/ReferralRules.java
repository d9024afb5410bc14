package cn.jiuzhu.referral.service;

import java.time.LocalDate;
import java.util.Map;

import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.time.WorkingDayCalendar;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.referral.Referral;
import cn.jiuzhu.referral.ReferralStatus;
import cn.jiuzhu.referral.ReferralStep;
import cn.jiuzhu.workflow.StepGuard;
import cn.jiuzhu.workflow.Workflow;

/** Who may refer and answer, when, with what text, and by when: plain Java, no database. */
public final class ReferralRules {

    /**
     * Working days a department has to answer a referral, counted from the day after it was made.
     * No national rule sets one (the catalogue says so for every special-assistance programme); this
     * is the service's own target for coordinated handling (协同办理), see docs/decisions/0009-referrals.md.
     */
    public static final int ANSWER_WITHIN_WORKING_DAYS = 10;

    /** Longest need, answer or reason accepted: a few paragraphs, not a file. */
    public static final int MAX_TEXT_LENGTH = 2000;

    private ReferralRules() {
    }

    public static LocalDate dueOn(LocalDate referredOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(referredOn, ANSWER_WITHIN_WORKING_DAYS);
    }

    /** The township handling the case or its county bureau refers; jurisdiction over the case is checked by casework. */
    public static void checkMayRefer(Actor actor) {
        if (actor.role() != Role.CASEWORKER && actor.role() != Role.COUNTY_OFFICER) {
            throw new ApiException(ErrorCode.FORBIDDEN, Map.of("action", CaseAction.REFER.name()));
        }
    }

    /** A household is referred while its case is open: being handled, or receiving assistance. */
    public static void checkReferable(CaseState state) {
        if (!state.open()) {
            throw new ApiException(ErrorCode.CASE_ACTION_NOT_ALLOWED, Map.of("actionName", CaseAction.REFER.label(),
                    "action", CaseAction.REFER.name(), "state", state.name()));
        }
    }

    /**
     * A department step on a referral, checked by the {@link StepGuard}: the role; the department it was sent to (else
     * REFERRAL_NOT_FOUND: to any other office the referral does not exist, so the refusal says nothing about it);
     * the version the officer looked at (else REFERRAL_CHANGED: of two officers acting at once, the second learns
     * that someone else acted, whatever they did), then the status the step starts from.
     */
    public static void checkStep(ReferralStep step, Referral referral, Actor actor, int expectedVersion) {
        StepGuard.check(new DepartmentSteps(actor), step, referral, expectedVersion);
    }

    /** A required text (need, answer, reason), stripped; blank is REASON_REQUIRED, too long VALIDATION_FAILED. */
    public static String requiredText(String field, String value) {
        return TextInput.requiredReason(field, value, MAX_TEXT_LENGTH);
    }

    /** Still waiting for the department after its due date. */
    public static boolean overdue(Referral referral, LocalDate today) {
        return referral.status().pending() && today.isAfter(referral.dueOn());
    }

    /** Referrals as the guard reads them, for one department officer. */
    private static final class DepartmentSteps extends Workflow<ReferralStep, ReferralStatus, ReferralStep, Referral> {

        private final Actor actor;

        DepartmentSteps(Actor actor) {
            super(actor.role(), ReferralStep.TABLE, Referral::status, Referral::version);
            this.actor = actor;
        }

        @Override
        public boolean sees(ReferralStep step, Referral referral) {
            return referral.officeCode().equals(actor.officeCode());
        }

        @Override
        public ApiException forbidden(ReferralStep step, ReferralStep row) {
            return new ApiException(ErrorCode.FORBIDDEN, Map.of("action", step.name()));
        }

        @Override
        public ApiException notFound(Referral referral) {
            return new ApiException(ErrorCode.REFERRAL_NOT_FOUND, Map.of("referralId", referral.id()));
        }

        @Override
        public ApiException changed(Referral referral, int expectedVersion) {
            return new ApiException(ErrorCode.REFERRAL_CHANGED, Map.of("expectedVersion", expectedVersion,
                    "currentVersion", referral.version(), "status", referral.status().name()));
        }

        @Override
        public ApiException notAllowed(ReferralStep step, Referral referral) {
            return new ApiException(ErrorCode.REFERRAL_ACTION_NOT_ALLOWED, Map.of("stepName", step.label(), "step", step.name(),
                    "statusLabel", referral.status().label(), "status", referral.status().name()));
        }
    }
}
