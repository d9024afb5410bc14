package cn.jiuzhu.hotline;

import org.eclipse.microprofile.graphql.Description;

@Description("工单状态: OPEN → CLOSED for calls the hotline handles itself; ROUTED → ANSWERED → CLOSED for leads, "
        + "complaints and real-name reports")
public enum WorkOrderStatus {
    OPEN("处理中"),
    ROUTED("已转办"),
    ANSWERED("已答复"),
    CLOSED("已办结");

    private final String label;

    WorkOrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
