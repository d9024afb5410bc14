package cn.jiuzhu.benefit;

import org.eclipse.microprofile.graphql.Description;

/** Who found a household's figures as they are: the source a correction of a declared figure names. */
@Description("核实来源: HOME_VISIT 乡镇（街道）入户调查; ECONOMIC_VERIFICATION 县级民政部门家庭经济状况核对; "
        + "PERIODIC_REVIEW 定期核查")
public enum FindingSource {
    HOME_VISIT("入户调查"),
    ECONOMIC_VERIFICATION("家庭经济状况核对"),
    PERIODIC_REVIEW("定期核查");

    private final String label;

    FindingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
