package cn.jiuzhu.servicelist;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An entry of the list as the county bureau types it. */
@Input("ServiceItemInput")
@Description("服务项目 as the county bureau enters it: texts are stripped; VALIDATION_FAILED names the field")
public record ServiceItemInput(
        @NonNull @Description("服务名称, at most 50 characters") String name,
        @NonNull ServiceCategory category,
        @NonNull @Description("服务提供方 (organisation name), at most 100 characters") String provider,
        @NonNull @Description("计量单位, e.g. 次 or 小时, at most 10 characters") String unit,
        @NonNull @Description("How many units per period, 1 to 99 (the whole quantity for ONCE)") int frequencyCount,
        @NonNull ServicePeriod frequencyPeriod) {
}
