package cn.jiuzhu.monitoring;

import org.eclipse.microprofile.graphql.Description;

/**
 * The layers (分层) of the monitored population, in the order a person in several is counted: the first that applies.
 * All but AT_RISK follow from the person's cases; AT_RISK from the county's imported list.
 */
@Description("低收入人口库的分层（一人在多层时按此顺序计入第一层）")
public enum MonitoringLayer {
    TEKUN("特困人员"),
    DIBAO("低保对象"),
    MARGINAL("低保边缘家庭成员"),
    RIGID_EXPENDITURE("刚性支出困难家庭成员"),
    AT_RISK("防止返贫监测对象"),
    REFUSED_RECENTLY("近12个月申请未获通过"),
    LEFT_RECENTLY("近12个月退出低保、特困");

    private final String label;

    MonitoringLayer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
