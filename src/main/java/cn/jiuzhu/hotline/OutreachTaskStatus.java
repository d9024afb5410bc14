package cn.jiuzhu.hotline;

import org.eclipse.microprofile.graphql.Description;

@Description("走访任务状态: OPEN until the township has visited the person and recorded what it found")
public enum OutreachTaskStatus {
    OPEN("待走访"),
    VISITED("已走访");

    private final String label;

    OutreachTaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
