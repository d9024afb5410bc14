package cn.jiuzhu.hotline;

import org.eclipse.microprofile.graphql.Description;

@Description("回访满意度: what the caller said when called back")
public enum CallerSatisfaction {
    SATISFIED("满意"),
    NEUTRAL("基本满意"),
    DISSATISFIED("不满意"),
    UNREACHABLE("未联系上");

    private final String label;

    CallerSatisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
