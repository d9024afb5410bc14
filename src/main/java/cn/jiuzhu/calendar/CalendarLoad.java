package cn.jiuzhu.calendar;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What loading an arrangement did. */
@Description("导入节假日安排的结果：新版本（或与现行版本相同而未改动），以及因此调整的办理期限")
public record CalendarLoad(
        @NonNull @Description("The version in force for the year after the load") HolidayArrangement arrangement,
        @NonNull @Description("False when the days and the document were the same as the version in force: nothing was written "
                + "(a retried request changes nothing)") Boolean newVersion,
        @NonNull @Description("Due dates stored on open cases, referrals and work orders that the arrangement moved; each moved "
                + "case due date has a DUE_DATE_MOVED note on its timeline") Integer dueDatesMoved) {
}
