package cn.jiuzhu.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The staging clock: real time, the service's time, and how far apart they are. */
@Description("预发布环境的时钟（仅开发和预发布环境；生产环境没有这个类型）")
public record StagingClockState(
        @NonNull @Description("The service's time, by which legal dates are counted (ISO-8601)") OffsetDateTime now,
        @NonNull @Description("The service's date in China") LocalDate today,
        @NonNull @Description("Real time (ISO-8601)") OffsetDateTime realNow,
        @NonNull @Description("How far the service's clock runs ahead of real time, in seconds; 0 when not moved") Integer aheadSeconds,
        @NonNull @Description("In Chinese, e.g. 系统时间比实际时间快 8天0小时") String label) {
}
