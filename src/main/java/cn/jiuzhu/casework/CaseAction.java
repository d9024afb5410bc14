package cn.jiuzhu.casework;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

@Description("办理环节: what someone did to a case")
public enum CaseAction {
    SUBMIT("提交申请"),
    SUPPLEMENT_DOCUMENTS("补充材料"),
    WITHDRAW("撤回申请"),
    OBJECT_TO_VERIFICATION("对核对结果提出异议"),
    OBJECT_TO_REFUSAL("对不予确认提出异议"),
    ACCEPT("受理"),
    RETURN_FOR_DOCUMENTS("一次性告知补充材料"),
    START_INVESTIGATION("入户调查"),
    FAIL_VERIFICATION("核对未通过"),
    START_PUBLICITY("初审并公示"),
    SEND_FOR_CONFIRMATION("报送审核确认"),
    APPROVE("确认同意"),
    REFUSE("不予确认"),
    START_PAYMENT("开始发放"),
    TERMINATE("终止审核"),
    REOPEN_INVESTIGATION("公示有异议，重新调查"),
    HOLD_APPRAISAL("民主评议"),
    OBJECTION_RECEIVED("公示期间收到异议"),
    UPHOLD_REFUSAL("复核维持不予确认"),
    REVERSE_REFUSAL("复核撤销不予确认，重新审核"),
    GRANT_FIRST_AID("先行救助"),
    COMPLETE_FILE("补齐手续并办结"),
    PAY_STAGE("分阶段发放"),
    CLOSE("办结"),
    TRANSFER("转办"),
    REVIEW("定期核查决定"),
    STOP_PAYMENT("核查后停发"),
    OBJECT_TO_REVIEW("对核查决定提出异议"),
    UPHOLD_REVIEW("复核维持核查决定"),
    REVERSE_REVIEW("复核撤销核查决定"),
    REVIEW_RECORDED("完成定期核查，报县级民政部门决定"),
    REFER("转介至相关部门"),
    REFERRAL_ACCEPTED("相关部门已受理转介"),
    REFERRAL_ANSWERED("相关部门已答复"),
    REFERRAL_DECLINED("相关部门退回转介"),
    DUE_DATE_MOVED("办理期限调整"),
    CHARITY_REFERRED("转介慈善帮扶/救急难基金"),
    CHARITY_ANSWERED("慈善帮扶/救急难基金已答复"),
    SERVICES_ARRANGED("安排救助服务"),
    SERVICE_ENDED("结束救助服务");

    /** Recorded on the timeline beside the procedure: never a step of it, so they move no case and start no time limit. */
    private static final Set<CaseAction> NOTES = EnumSet.of(OBJECTION_RECEIVED, REFER, REFERRAL_ACCEPTED, REFERRAL_ANSWERED,
            REFERRAL_DECLINED, REVIEW_RECORDED, DUE_DATE_MOVED, CHARITY_REFERRED, CHARITY_ANSWERED, SERVICES_ARRANGED,
            SERVICE_ENDED);

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean note() {
        return NOTES.contains(this);
    }
}
