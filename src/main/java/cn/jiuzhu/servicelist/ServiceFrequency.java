package cn.jiuzhu.servicelist;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("服务频次: a quantity of the service's unit per period, e.g. 2 次 per WEEK (每周2次)")
public record ServiceFrequency(
        @NonNull @Description("How many units per period (the whole quantity for ONCE), 1 to 99") int count,
        @NonNull ServicePeriod period,
        @NonNull @Description("In Chinese with the unit, as the household reads it, e.g. 每周2次, 每月8小时, 共1次") String label) {

    public static ServiceFrequency of(int count, ServicePeriod period, String unit) {
        return new ServiceFrequency(count, period, period.label(count, unit));
    }
}
