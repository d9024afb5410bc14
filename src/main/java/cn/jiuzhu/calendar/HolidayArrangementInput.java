package cn.jiuzhu.calendar;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HolidayArrangementInput")
@Description("A year's holiday arrangement (节假日安排) as the State Council published it: every public holiday and every weekend "
        + "day declared a working day, and the document that says so")
public record HolidayArrangementInput(
        @NonNull @Description("From 2020 to next year (China time)") Integer year,
        @NonNull @Description("The document, e.g. 国务院办公厅关于2027年部分节假日安排的通知") String sourceTitle,
        @Description("Its number (文号), if it has one") String sourceReference,
        @Description("The day it was published") LocalDate sourcePublishedOn,
        @Description("Where it is published (http or https)") String sourceUrl,
        @NonNull @Description("Every day off (放假), weekends within a holiday included; at least one") List<@NonNull CalendarDayInput> holidays,
        @NonNull @Description("Every Saturday or Sunday declared a working day (调休上班); may be empty") List<@NonNull CalendarDayInput> workdays) {
}
