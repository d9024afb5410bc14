package cn.jiuzhu.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("低收入人口库：一个县的被监测人口，按层计数。Read from the cases and the imported lists as they are now.")
public record MonitoredPopulation(
        @NonNull String countyCode,
        @NonNull @Description("Distinct people monitored in the county") Integer persons,
        @NonNull @Description("Every layer, in the counting order, zero included") List<@NonNull LayerCount> layers,
        @NonNull @Description("When the figures were read (ISO-8601)") OffsetDateTime asOf) {
}
