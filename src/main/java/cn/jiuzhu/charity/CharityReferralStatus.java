package cn.jiuzhu.charity;

import org.eclipse.microprofile.graphql.Description;

@Description("慈善帮扶转介状态: REFERRED → GRANTED, or REFERRED → DECLINED; answered once")
public enum CharityReferralStatus {
    REFERRED("待答复"),
    GRANTED("已给予救助"),
    DECLINED("未予救助");

    private final String label;

    CharityReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
