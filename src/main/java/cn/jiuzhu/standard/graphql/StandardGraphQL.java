package cn.jiuzhu.standard.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.standard.FilingStatus;
import cn.jiuzhu.standard.StandardFiling;
import cn.jiuzhu.standard.StandardFilingInput;
import cn.jiuzhu.standard.StandardVersion;
import cn.jiuzhu.standard.service.FilingService;
import cn.jiuzhu.standard.service.StandardService;
import io.smallrye.mutiny.Uni;

/** Local standards, public as they are published; their filing by counties and review by provinces. */
@GraphQLApi
public class StandardGraphQL {

    private final StandardService standards;
    private final FilingService filings;
    private final CalendarService calendar;
    private final CurrentUser currentUser;

    public StandardGraphQL(StandardService standards, FilingService filings, CalendarService calendar, CurrentUser currentUser) {
        this.standards = standards;
        this.filings = filings;
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    @Query("standardInForce")
    @Description("The standard in force for a household living at a township or village (urban or rural by the code), on a day "
            + "(default today, China time); null where none is set. Public. REGION_LEVEL_MISMATCH for other levels.")
    public Uni<StandardVersion> standardInForce(@NonNull @Name("regionCode") String regionCode, @Name("on") LocalDate on) {
        return Uni.createFrom().item(() -> on == null ? calendar.today() : on)
                .flatMap(day -> standards.inForceAt(regionCode, day)).map(found -> found.orElse(null));
    }

    @Query("standardHistory")
    @Description("Every version of a county's standards (with its city's) or a city's, newest first, each with its document. Public.")
    public Uni<@NonNull List<@NonNull StandardVersion>> standardHistory(@NonNull @Name("regionCode") String regionCode) {
        return Uni.createFrom().item(regionCode).flatMap(standards::history);
    }

    @Mutation("fileStandard")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("备案: a county bureau files a new standard for its county, effective the first of a month (EFFECTIVE_DATE_INVALID), "
            + "with the impact on the households it pays today and the 提标减人 flag; it takes effect only once the province "
            + "accepts it. One filing at a time per area (FILING_PENDING); STANDARD_INVALID; OUTSIDE_JURISDICTION for another "
            + "county. Retrying with the same idempotencyKey returns the first filing.")
    public Uni<@NonNull StandardFiling> fileStandard(@NonNull @Name("input") StandardFilingInput input,
            @NonNull @Name("idempotencyKey") @Description("A UUID made once per filing, reused on retries") String idempotencyKey) {
        return currentUser.actor().flatMap(actor -> filings.file(actor, input, idempotencyKey));
    }

    @Mutation("acceptStandardFiling")
    @RolesAllowed(Roles.PROVINCIAL_OFFICER)
    @Description("The provincial department accepts a filing of one of its counties: the standard takes effect on its date and "
            + "the amounts of the county's cases in payment are recomputed from that month. FILING_ALREADY_REVIEWED, FILING_NOT_FOUND.")
    public Uni<@NonNull StandardFiling> acceptStandardFiling(@NonNull @Id @Name("id") String id, @Name("note") String note) {
        return currentUser.actor().flatMap(actor -> filings.accept(actor, filingId(id), note));
    }

    @Mutation("returnStandardFiling")
    @RolesAllowed(Roles.PROVINCIAL_OFFICER)
    @Description("The provincial department returns a filing with its reasons (REASON_REQUIRED): the standard does not take effect.")
    public Uni<@NonNull StandardFiling> returnStandardFiling(@NonNull @Id @Name("id") String id, @NonNull @Name("reasons") String reasons) {
        return currentUser.actor().flatMap(actor -> filings.returnFiling(actor, filingId(id), reasons));
    }

    @Query("standardFilings")
    @RolesAllowed({ Roles.COUNTY_OFFICER, Roles.PROVINCIAL_OFFICER })
    @Description("Filings of my county (county officers) or of my province's counties (provincial officers), newest first, at most 100.")
    public Uni<@NonNull List<@NonNull StandardFiling>> standardFilings(@Name("status") FilingStatus status) {
        return currentUser.actor().flatMap(actor -> filings.visibleTo(actor, status));
    }

    @Query("standardFiling")
    @RolesAllowed({ Roles.COUNTY_OFFICER, Roles.PROVINCIAL_OFFICER })
    @Description("One filing, if it is my county's or my province's (FILING_NOT_FOUND otherwise).")
    public Uni<@NonNull StandardFiling> standardFiling(@NonNull @Id @Name("id") String id) {
        return currentUser.actor().flatMap(actor -> filings.find(actor, filingId(id)));
    }

    private static UUID filingId(String id) {
        return Ids.parse(id, ErrorCode.FILING_NOT_FOUND);
    }
}
