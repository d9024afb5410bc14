package cn.jiuzhu.charity.service;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.Responsible;
import cn.jiuzhu.charity.CharityOutcome;
import cn.jiuzhu.charity.CharityReferral;
import cn.jiuzhu.charity.CharityReferralStatus;
import cn.jiuzhu.charity.CharityStep;
import cn.jiuzhu.charity.FundKind;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.money.Yuan;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.workflow.StepGuard;
import cn.jiuzhu.workflow.Workflow;

/** Who may refer a household to a fund and record its answer, when, with what text and amounts: plain Java, no database. */
public final class CharityRules {

    /** Longest need or reason accepted: a few paragraphs, as for referrals to departments. */
    public static final int MAX_TEXT_LENGTH = 2000;

    /** As long as the column: a fund's or a charity's full name. */
    public static final int MAX_FUND_NAME_LENGTH = 100;

    /**
     * The most one household is asked or granted by one fund. Emergency funds grant thousands to tens of thousands of yuan
     * (the Dongying case of 2024: 10,000 from the township's fund, over 40,000 from the district's, for a 60,000-yuan bill); a
     * figure above a million is a typing error, not a grant.
     */
    public static final String MAX_YUAN = "1000000.00";
    public static final BigDecimal MAX_AMOUNT = new BigDecimal(MAX_YUAN);

    /**
     * The states a case is referred from: open, and accepted by the office (an office refers a household it has taken
     * on, whether still investigating, deciding, or paying). Not before acceptance, nor once withdrawn, refused, closed
     * or terminated: the household is then helped, if at all, from a new case.
     */
    public static final Set<CaseState> REFERABLE = Arrays.stream(CaseState.values())
            .filter(s -> s.open() && s != CaseState.SUBMITTED && s != CaseState.RETURNED_FOR_DOCUMENTS)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));

    private CharityRules() {
    }

    /** The township office handling the case refers as a caseworker, its county bureau as a county officer; no one else. */
    public static Responsible referrerOf(Actor actor) {
        return switch (actor.role()) {
            case CASEWORKER -> Responsible.TOWNSHIP;
            case COUNTY_OFFICER -> Responsible.COUNTY;
            default -> throw new ApiException(ErrorCode.FORBIDDEN, Map.of("action", CaseAction.CHARITY_REFERRED.name()));
        };
    }

    /** What the household needs, stripped: FIELD_REQUIRED when blank, VALIDATION_FAILED when too long. */
    public static String need(String need) {
        return TextInput.required("need", "救助需求", need, MAX_TEXT_LENGTH);
    }

    /**
     * The fund's name as the office typed it, stripped, or empty for an emergency fund named after its region. A charity
     * organisation must be named (FIELD_REQUIRED).
     */
    public static Optional<String> fundName(FundKind kind, String name) {
        String text = TextInput.optional("fundName", name, MAX_FUND_NAME_LENGTH);
        if (text == null && !kind.namedAfterItsRegion()) {
            throw new ApiException(ErrorCode.FIELD_REQUIRED, Map.of("field", "fundName", "fundName", "慈善组织名称"));
        }
        return Optional.ofNullable(text);
    }

    /**
     * An amount asked or granted, in yuan: MONEY_INVALID when not an amount, AMOUNT_OUT_OF_RANGE (naming the field and the
     * bounds) when zero or above {@link #MAX_AMOUNT}.
     */
    public static BigDecimal amount(String field, String value) {
        BigDecimal amount = Yuan.parse(field, value);
        if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new ApiException(ErrorCode.AMOUNT_OUT_OF_RANGE, Map.of("field", field, "given", value.strip(), "min", "0.01",
                    "max", MAX_YUAN));
        }
        return amount;
    }

    /**
     * The answer as given, checked together: a grant needs its amount (the reason is an optional remark), a refusal its
     * reason and no amount. Nothing is read before this holds.
     */
    public static Answer answer(CharityOutcome outcome, String amountGranted, String reason) {
        String text = TextInput.optional("reason", reason, MAX_TEXT_LENGTH);
        boolean amountGiven = amountGranted != null && !amountGranted.isBlank();
        if (outcome == CharityOutcome.GRANTED) {
            if (!amountGiven) {
                throw new ApiException(ErrorCode.FIELD_REQUIRED, Map.of("field", "amountGranted", "fieldName", "救助金额"));
            }
            return new Answer(CharityStep.GRANT, amount("amountGranted", amountGranted), text);
        }
        if (amountGiven) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "amountGranted", "reason", "NOT_FOR_DECLINED"));
        }
        if (text == null) {
            throw new ApiException(ErrorCode.REASON_REQUIRED, Map.of("field", "reason"));
        }
        return new Answer(CharityStep.DECLINE, null, text);
    }

    /**
     * Recording an answer, checked by the {@link StepGuard}: the role (a caseworker or a county officer); the office (the
     * one that referred, or the county bureau of the case's county; to any other the referral does not exist:
     * CHARITY_REFERRAL_NOT_FOUND, saying nothing about it); then the status: a referral is answered once, and a second
     * answer, at the same time or later, is CHARITY_REFERRAL_ANSWERED with the answer on file. Its status is all a version
     * would say, so the answer takes no expectedVersion and the guard's version check is given the referral's own.
     */
    public static void checkAnswer(CharityStep step, CharityReferral referral, Actor actor, OfficeView office) {
        StepGuard.check(new AnswerSteps(actor, office), step.key(), referral, AnswerSteps.ONE_VERSION);
    }

    /** The fund's answer as checked: the step it takes, the amount granted (a grant only) and the reason or remark. */
    public record Answer(CharityStep step, BigDecimal amountGranted, String reason) {
    }

    /** Charity referrals as the guard reads them, for one staff member of one office. */
    private static final class AnswerSteps extends Workflow<CharityOutcome, CharityReferralStatus, CharityStep, CharityReferral> {

        static final int ONE_VERSION = 1;

        private final Actor actor;
        private final OfficeView office;

        AnswerSteps(Actor actor, OfficeView office) {
            super(actor.role(), CharityStep.TABLE, CharityReferral::status, referral -> ONE_VERSION);
            this.actor = actor;
            this.office = office;
        }

        /** The township's step, which the county bureau may take for any of its townships' referrals. */
        @Override
        public boolean mayTake(CharityStep row) {
            return actor.role() == row.role() || actor.role() == Role.COUNTY_OFFICER;
        }

        @Override
        public boolean sees(CharityOutcome outcome, CharityReferral referral) {
            return office.code().equals(referral.referredByOffice())
                    || (office.kind() == OfficeKind.COUNTY_CIVIL_AFFAIRS && office.regionCode().equals(referral.countyCode()));
        }

        @Override
        public Optional<ApiException> refusalIn(CharityOutcome outcome, CharityReferral referral) {
            return Optional.of(new ApiException(ErrorCode.CHARITY_REFERRAL_ANSWERED, Map.of("fundName", referral.fundName(),
                    "status", referral.status().name(), "statusLabel", referral.statusLabel(), "referralId", referral.id())));
        }

        @Override
        public ApiException forbidden(CharityOutcome outcome, CharityStep row) {
            return new ApiException(ErrorCode.FORBIDDEN, Map.of("action", CaseAction.CHARITY_ANSWERED.name()));
        }

        @Override
        public ApiException notFound(CharityReferral referral) {
            return new ApiException(ErrorCode.CHARITY_REFERRAL_NOT_FOUND, Map.of("charityReferralId", referral.id()));
        }

        @Override
        public ApiException changed(CharityReferral referral, int expectedVersion) {
            throw new IllegalStateException("a charity referral is answered once and has no versions to compare");
        }

        @Override
        public ApiException notAllowed(CharityOutcome outcome, CharityReferral referral) {
            return refusalIn(outcome, referral).orElseThrow();
        }
    }
}
