package cn.jiuzhu.calendar;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A year and whether its arrangement is loaded. */
@Description("某一年的节假日安排是否已导入。未导入的年份只按周末计算工作日，跨入该年的办理期限是暂定的（dueDateProvisional）。")
public record CalendarYear(
        @NonNull Integer year,
        @NonNull Boolean loaded,
        @Description("The version in force; null when not loaded") Integer version,
        @Description("Its document; null when not loaded") String sourceTitle,
        OffsetDateTime loadedAt,
        @NonNull @Description("In Chinese, e.g. 已导入（国务院办公厅关于2026年部分节假日安排的通知） or 尚未导入：跨入该年的办理期限暂按周末推算") String status) {
}
