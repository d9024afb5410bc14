package cn.jiuzhu.casework.record;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One service to arrange on a case, as the township enters it. */
@Input("ServiceArrangementInput")
@Description("A service to arrange from the county's list (countyServices)")
public record ServiceArrangementInput(
        @NonNull @Id @Description("An offered entry of the case's county's list") String serviceId,
        @NonNull @Description("First day (China date), not before the case was submitted") LocalDate startsOn,
        @Description("Last day, not before startsOn; leave out for open-ended") LocalDate endsOn,
        @Description("For the household: days, times, who will call; at most 500 characters") String note) {
}
