package cn.jiuzhu.charity;

import static cn.jiuzhu.charity.CharityReferralStatus.REFERRED;

import java.util.List;

import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.workflow.Step;
import cn.jiuzhu.workflow.StepTable;

/**
 * Recording a fund's answer, as a table: granted or declined, once, from REFERRED. The fund decides outside the
 * service; the office that referred records what it decided (its county bureau may record it too, see
 * {@code CharityRules}). Either answer leaves the same note on the case's timeline, saying which it was.
 */
public enum CharityStep implements Step<CharityOutcome, CharityReferralStatus> {
    GRANT(CharityOutcome.GRANTED, CharityReferralStatus.GRANTED),
    DECLINE(CharityOutcome.DECLINED, CharityReferralStatus.DECLINED);

    public static final StepTable<CharityOutcome, CharityReferralStatus, CharityStep> TABLE = StepTable.of(List.of(values()));

    private final CharityOutcome outcome;
    private final CharityReferralStatus to;

    CharityStep(CharityOutcome outcome, CharityReferralStatus to) {
        this.outcome = outcome;
        this.to = to;
    }

    @Override
    public CharityOutcome key() {
        return outcome;
    }

    @Override
    public boolean allowedFrom(CharityReferralStatus status) {
        return status == REFERRED;
    }

    @Override
    public CharityReferralStatus to() {
        return to;
    }

    /** The township's step; the county bureau of the case may take it as well. */
    @Override
    public Role role() {
        return Role.CASEWORKER;
    }

    /** The timeline note the household reads. */
    public CaseAction note() {
        return CaseAction.CHARITY_ANSWERED;
    }
}
