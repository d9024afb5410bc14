package cn.jiuzhu.calendar;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One day of a year's arrangement: a public holiday, or a weekend day declared a working day (调休). */
@Description("节假日安排中的一天：放假日，或调休上班的周末")
public record CalendarDay(@NonNull LocalDate date, @NonNull @Description("e.g. 春节, 春节调休") String name) {
}
