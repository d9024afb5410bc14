package cn.jiuzhu.referral;

import org.eclipse.microprofile.graphql.Description;

@Description("What the department decided about a referred need")
public enum ReferralOutcome {
    HELP_GRANTED("已给予救助"),
    NOT_ELIGIBLE("不符合救助条件"),
    REFERRED_ELSEWHERE("已转其他部门或机构办理");

    private final String label;

    ReferralOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
