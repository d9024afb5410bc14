package cn.jiuzhu.servicelist;

import org.eclipse.microprofile.graphql.Description;

/** How often the quantity of a service is given: per day, week or month, or once in all. */
@Description("服务频次的周期: DAY 每天, WEEK 每周, MONTH 每月, ONCE 共计（一次性安排）")
public enum ServicePeriod {
    DAY("每天"),
    WEEK("每周"),
    MONTH("每月"),
    ONCE("共");

    private final String prefix;

    ServicePeriod(String prefix) {
        this.prefix = prefix;
    }

    /** "每周2次", "每月8小时", "共1次". */
    public String label(int count, String unit) {
        return prefix + count + unit;
    }
}
