package cn.jiuzhu.referral;

import org.eclipse.microprofile.graphql.Description;

@Description("转介状态: OPEN → ACCEPTED → ANSWERED, or OPEN → DECLINED")
public enum ReferralStatus {
    OPEN("待受理"),
    ACCEPTED("已受理"),
    ANSWERED("已答复"),
    DECLINED("已退回");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still on the department's desk: a second referral of the same case to the same department waits for it. */
    public boolean pending() {
        return this == OPEN || this == ACCEPTED;
    }
}
