package cn.jiuzhu.hotline;

import org.eclipse.microprofile.graphql.Description;

@Description("工单状态: OPEN → CLOSED for calls the hotline handles itself; ROUTED → ANSWERED → CLOSED for leads, "
        + "complaints and real-name reports; a real-name report the township records as an objection to a case in publicity "
        + "goes ROUTED → OBJECTION_RECORDED → ANSWERED (with the objection's answer, e.g. the democratic appraisal) → CLOSED")
public enum WorkOrderStatus {
    OPEN("处理中"),
    ROUTED("已转办"),
    OBJECTION_RECORDED("已登记为公示异议"),
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
