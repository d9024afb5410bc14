package cn.jiuzhu.calendar;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CalendarDayInput")
@Description("One day of the arrangement as the State Council's notice lists it")
public record CalendarDayInput(@NonNull @Description("Inside the arrangement's year") LocalDate date,
        @NonNull @Description("The festival, at most 20 characters, e.g. 春节 or 春节调休") String name) {
}
