package cn.jiuzhu.servicelist;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One entry of a county's service list, as the county bureau keeps it. */
@Description("服务项目: one entry of a county's service list (服务清单) for service-type assistance, kept by the county's civil "
        + "affairs bureau; cases arrange services from it")
public record ServiceItem(
        @NonNull @Id UUID id,
        @NonNull @Description("The county (6 digits) whose list it is on") String countyCode,
        @NonNull @Description("服务名称, e.g. 助餐服务") String name,
        @NonNull ServiceCategory category,
        @NonNull @Description("The class in Chinese, e.g. 生活服务") String categoryLabel,
        @NonNull @Description("服务提供方: the organisation that provides it, e.g. 涧西区颐养服务中心") String provider,
        @NonNull @Description("计量单位, e.g. 次, 小时, 餐") String unit,
        @NonNull ServiceFrequency frequency,
        @NonNull @Description("Still offered; a retired entry can no longer be arranged, and arrangements made keep showing it") boolean offered,
        @Description("When it was retired; null while offered") OffsetDateTime retiredAt) {
}
