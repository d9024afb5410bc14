package cn.jiuzhu.casework;

import org.eclipse.microprofile.graphql.Description;

/**
 * Where a case stands, with the words a resident reads. {@code open} cases hold the household's
 * claim on the programme (one open case per household per programme); {@code decided} cases can no
 * longer be withdrawn.
 */
@Description("办理状态")
public enum CaseState {
    SUBMITTED("已提交", "申请已提交，等待乡镇（街道）受理。", true, false),
    RETURNED_FOR_DOCUMENTS("待补充材料", "经办人员需要您补充材料，请按提示上传。", true, false),
    ACCEPTED("已受理", "乡镇（街道）已受理您的申请，将安排入户调查。", true, false),
    INVESTIGATING("调查核实中", "工作人员正在入户调查并核对家庭经济状况，请配合并保持电话畅通。", true, false),
    VERIFICATION_FAILED("核对未通过", "家庭经济状况核对结果不符合条件。如有异议，可以提出并提供证据。", true, false),
    VERIFICATION_OBJECTED("核对异议处理中", "已收到您对核对结果的异议，将重新调查核实。", true, false),
    PUBLICITY("公示中", "初审意见正在村（社区）公示，公示期7天。", true, false),
    CONFIRMATION("审核确认中", "县级民政部门正在审核确认。", true, false),
    APPROVED("已批准", "申请已批准，救助金从下月起发放。", true, true),
    IN_PAYMENT("在保", "正在享受救助，请如实报告家庭情况变化，配合定期核查。", true, true),
    REFUSED("不予确认", "申请未获批准，书面理由会送达给您。如有异议，可以提出复核。", false, true),
    REFUSAL_OBJECTED("复核申请处理中", "已收到您对不予确认决定的异议，将进行复核。", true, true),
    REVIEW_OBJECTED("核查异议处理中", "已收到您对定期核查决定的异议，县级民政部门将进行复核。", true, true),
    FIRST_AID_GRANTED("已先行救助", "已先行给予临时救助，工作人员会补齐办理手续。", true, true),
    CLOSED("已办结", "办理已经完成。", false, true),
    WITHDRAWN("已撤回", "您已撤回申请。需要时可以重新申请。", false, false),
    TERMINATED("已终止", "办理已终止。", false, true);

    private final String label;
    private final String residentDescription;
    private final boolean open;
    private final boolean decided;

    CaseState(String label, String residentDescription, boolean open, boolean decided) {
        this.label = label;
        this.residentDescription = residentDescription;
        this.open = open;
        this.decided = decided;
    }

    public String label() {
        return label;
    }

    public String residentDescription() {
        return residentDescription;
    }

    public boolean open() {
        return open;
    }

    public boolean decided() {
        return decided;
    }

    /** Before the investigation starts, nothing of it is on file: no household found, no appraisal, no review. */
    public boolean beforeInvestigation() {
        return this == SUBMITTED || this == RETURNED_FOR_DOCUMENTS || this == ACCEPTED;
    }

    /** Only a case in payment, or one a review ended or an objection to a review holds, has a periodic review. */
    public boolean reviewable() {
        return this == IN_PAYMENT || this == REVIEW_OBJECTED || this == TERMINATED;
    }
}
