package cn.jiuzhu.referral;

import static cn.jiuzhu.referral.ReferralStatus.ACCEPTED;
import static cn.jiuzhu.referral.ReferralStatus.ANSWERED;
import static cn.jiuzhu.referral.ReferralStatus.DECLINED;
import static cn.jiuzhu.referral.ReferralStatus.OPEN;

import java.util.List;

import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.workflow.Step;
import cn.jiuzhu.workflow.StepTable;

/**
 * What the department does with a referral, as a table: from which status, to which, and the note it
 * leaves on the case's timeline. Declining is for a referral the department cannot take at all (not
 * its remit); once accepted, every referral ends with an answer, whatever the outcome. Every step is
 * the department officer's, at the department the referral was sent to.
 */
public enum ReferralStep implements Step<ReferralStep, ReferralStatus> {
    ACCEPT("受理", OPEN, ACCEPTED, CaseAction.REFERRAL_ACCEPTED),
    ANSWER("答复", ACCEPTED, ANSWERED, CaseAction.REFERRAL_ANSWERED),
    DECLINE("退回", OPEN, DECLINED, CaseAction.REFERRAL_DECLINED);

    public static final StepTable<ReferralStep, ReferralStatus, ReferralStep> TABLE = StepTable.of(List.of(values()));

    private final String label;
    private final ReferralStatus from;
    private final ReferralStatus to;
    private final CaseAction note;

    ReferralStep(String label, ReferralStatus from, ReferralStatus to, CaseAction note) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.note = note;
    }

    @Override
    public ReferralStep key() {
        return this;
    }

    public String label() {
        return label;
    }

    public ReferralStatus from() {
        return from;
    }

    @Override
    public ReferralStatus to() {
        return to;
    }

    /** The timeline note the household reads. */
    public CaseAction note() {
        return note;
    }

    @Override
    public boolean allowedFrom(ReferralStatus status) {
        return status == from;
    }

    @Override
    public Role role() {
        return Role.DEPARTMENT_OFFICER;
    }
}
