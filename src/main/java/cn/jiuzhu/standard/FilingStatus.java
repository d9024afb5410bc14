package cn.jiuzhu.standard;

import org.eclipse.microprofile.graphql.Description;

@Description("标准备案的状态")
public enum FilingStatus {
    FILED("待审核"), // 已备案，待省级民政部门审核
    ACCEPTED("已接受"), // 标准按执行日期生效
    RETURNED("已退回"); // 标准不生效

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
