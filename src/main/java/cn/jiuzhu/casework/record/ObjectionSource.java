package cn.jiuzhu.casework.record;

import org.eclipse.microprofile.graphql.Description;

@Description("异议来源: where an objection made during publicity came from")
public enum ObjectionSource {
    HOTLINE_REPORT("救助热线实名举报"),
    TOWNSHIP("乡镇（街道）登记");

    private final String label;

    ObjectionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
