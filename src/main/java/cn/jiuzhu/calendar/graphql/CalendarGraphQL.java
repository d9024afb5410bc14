package cn.jiuzhu.calendar.graphql;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.jiuzhu.calendar.CalendarLoad;
import cn.jiuzhu.calendar.CalendarYear;
import cn.jiuzhu.calendar.HolidayArrangement;
import cn.jiuzhu.calendar.HolidayArrangementInput;
import cn.jiuzhu.calendar.service.HolidayArrangementService;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class CalendarGraphQL {

    private final HolidayArrangementService arrangements;
    private final CurrentUser currentUser;

    public CalendarGraphQL(HolidayArrangementService arrangements, CurrentUser currentUser) {
        this.arrangements = arrangements;
        this.currentUser = currentUser;
    }

    @Mutation("loadHolidayArrangement")
    @RolesAllowed(Roles.ADMIN)
    @Description("Administrators load a year's holiday arrangement (节假日安排) once the State Council publishes it, citing the "
            + "document; a correction is the year's next version. In the same transaction every due date stored on an open case, "
            + "referral or work order whose count runs through that year is recounted, and each case whose due date moves gets a "
            + "DUE_DATE_MOVED note on its timeline. Loading the same days and document again writes nothing. CALENDAR_INVALID "
            + "(details.reason: YEAR_OUT_OF_RANGE, NO_HOLIDAYS, DAY_OUTSIDE_YEAR, DAY_DUPLICATED, DAY_BOTH_KINDS, WORKDAY_NOT_WEEKEND, "
            + "NAME_REQUIRED, NAME_TOO_LONG, TOO_MANY_DAYS, SOURCE_URL_INVALID, SOURCE_PUBLISHED_LATER; details.field, details.date), "
            + "FIELD_REQUIRED for the document.")
    public Uni<@NonNull CalendarLoad> loadHolidayArrangement(@NonNull @Name("input") HolidayArrangementInput input) {
        return currentUser.actor().flatMap(actor -> arrangements.load(actor, input));
    }

    @Query("calendarYears")
    @RolesAllowed(Roles.ADMIN)
    @Description("For administrators: each year from the first loaded to next year (China time), loaded or missing. A missing "
            + "year counts weekends only, and due dates that run into it are provisional until it is loaded.")
    public Uni<@NonNull List<@NonNull CalendarYear>> calendarYears() {
        return arrangements.years();
    }

    @Query("holidayArrangements")
    @Description("Every version of a year's holiday arrangement, newest first, each with its document; empty when the year is not "
            + "loaded. Public, as the State Council's notices are.")
    public Uni<@NonNull List<@NonNull HolidayArrangement>> holidayArrangements(@NonNull @Name("year") int year) {
        return arrangements.versions(year);
    }
}
