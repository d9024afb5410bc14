package cn.jiuzhu.casework.record;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.programme.Programme;

/** Something a step needs on file, with the words staff read; some are asked only of the cases that require them. */
public enum Requirement {
    HOME_VISIT_BY_TWO_STAFF("两名以上工作人员的入户调查记录", true),
    VERIFICATION_PASSED("通过的家庭经济状况核对结果", true),
    PROPOSED_AMOUNT("拟保障金额", true),
    /** Every member of the case: the care tier of each sets the care support paid [TK 20–22]. */
    SELF_CARE_ASSESSMENT("每位成员的生活自理能力评估", true),
    COUNTY_VISIT("县级民政部门的入户核实记录", false),
    REVIEW_CONTINUING("乡镇（街道）继续保障（含调整金额）的定期核查记录", true),
    REVIEW_STOPPING("乡镇（街道）停发的定期核查记录", true),
    REVIEW_DECIDED("可以提出异议的核查决定", true),
    REVIEW_NOT_STOPPING("不是停发的核查决定", true),
    /** The appraisal this step records (holdAppraisal writes it first, in the step's transaction). */
    APPRAISAL_RECORD("民主评议记录（评议日期、参加人数、评议意见）", true),
    /** Every objection made during the publicity answered by an appraisal or a re-investigation. */
    NO_UNRESOLVED_OBJECTION("对公示期间异议的处理（民主评议或重新调查）", true),
    /** At least one service from the county's list arranged and not ended: what a service case's approval decides. */
    SERVICES_ARRANGED("从本县（区）服务清单安排的救助服务", true);

    private final String label;
    private final boolean ofEveryCase;

    Requirement(String label, boolean ofEveryCase) {
        this.label = label;
        this.ofEveryCase = ofEveryCase;
    }

    public String label() {
        return label;
    }

    /** Asked of every case whose step names it. */
    public boolean ofEveryCase() {
        return ofEveryCase;
    }

    /** Asked of this case: always, or (a county visit) when the case requires one. */
    public boolean askedOf(AssistanceCase c) {
        return ofEveryCase || countyVisitRequired(c);
    }

    /**
     * The county visits the household itself when the case was drawn for the tekun spot check [TK] or is registered
     * separately because a member is a close relative of staff [DB 11].
     */
    private static boolean countyVisitRequired(AssistanceCase c) {
        return (c.programme() == Programme.TEKUN && c.spotCheckRequired()) || c.nearRelativeFlag();
    }
}
