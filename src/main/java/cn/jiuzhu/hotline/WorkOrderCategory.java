package cn.jiuzhu.hotline;

import org.eclipse.microprofile.graphql.Description;

@Description("工单类别: what the call was about. Leads, complaints and real-name reports go to the township office "
        + "where the person concerned lives; the others are handled by the hotline")
public enum WorkOrderCategory {
    POLICY_QUESTION("政策咨询", false),
    APPLICATION_ON_BEHALF("代为申请", false),
    PROGRESS_ENQUIRY("进度查询", false),
    LEAD("救助线索", true),
    COMPLAINT("投诉", true),
    REAL_NAME_REPORT("实名举报", true);

    private final String label;
    private final boolean routed;

    WorkOrderCategory(String label, boolean routed) {
        this.label = label;
        this.routed = routed;
    }

    public String label() {
        return label;
    }

    /** Sent to the responsible office, which answers before the hotline calls back [domain §5]. */
    public boolean routed() {
        return routed;
    }
}
