package cn.jiuzhu.casework.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseConnection;
import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.casework.service.WorklistService;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import io.smallrye.mutiny.Uni;

/**
 * Staff worklists (待办) and the county's supervision of overdue cases (督办). The optional states
 * are a {@code List<CaseState>}, so {@code [CaseState]} in the schema: SmallRye turns
 * {@code List<@NonNull CaseState>} into a required list (smallrye-graphql#753).
 */
@GraphQLApi
public class WorklistGraphQL {

    private final WorklistService worklists;
    private final OfficeService offices;
    private final CurrentUser currentUser;

    public WorklistGraphQL(WorklistService worklists, OfficeService offices, CurrentUser currentUser) {
        this.worklists = worklists;
        this.offices = offices;
        this.currentUser = currentUser;
    }

    @Query("myOfficeQueue")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DEPARTMENT_OFFICER })
    @Description("My office's open cases (待办), optionally only in some states: overdue first, then by due date, "
            + "cases without a due date last, then by id")
    public Uni<@NonNull CaseConnection> myOfficeQueue(
            @Name("states") @Description("Only cases in these states; omit for every open state") List<CaseState> states,
            @Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> worklists.officeQueue(actor, states, page));
    }

    @Query("countyQueue")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("My county's open cases, in the order of myOfficeQueue. By default the states where the county "
            + "bureau acts: INVESTIGATING (家庭经济状况核对), CONFIRMATION (审核确认), REFUSAL_OBJECTED (复核), "
            + "APPROVED (to start payment), REVIEW_OBJECTED (an objection to a periodic review)")
    public Uni<@NonNull CaseConnection> countyQueue(
            @Name("states") @Description("Only cases in these states; omit for the states where the county acts") List<CaseState> states,
            @Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> worklists.countyQueue(actor, states, page));
    }

    @Query("reviewsDue")
    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER })
    @Description("定期核查台账: cases in payment whose periodic review is overdue or due within 30 days (nextReviewOn, China "
            + "time), overdue first then soonest: a township's own cases, or a county bureau's whole county. See "
            + "reviewOverdue and review on each case")
    public Uni<@NonNull CaseConnection> reviewsDue(@Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> worklists.reviewsDue(actor, page));
    }

    @Query("overdueCases")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("督办: every open case of my county past its due date (China time), whatever its state and office, "
            + "oldest due first; see overdueWorkingDays and assignedOffice")
    public Uni<@NonNull CaseConnection> overdueCases(@Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> worklists.overdueCases(actor, page));
    }

    @Description("Working days (工作日) the current step is past its due date, counted from the day after it up to "
            + "today (China time): 0 when it fell due just before a weekend or holiday. Null when not past due or "
            + "without a due date")
    public List<Integer> overdueWorkingDays(@Source List<AssistanceCase> of) {
        return worklists.overdueWorkingDays(of);
    }

    @NonNull
    @Description("暂定: dueOn is counted into a year whose holiday arrangement is not loaded yet (weekends only), so it may "
            + "still move; false without a due date. progress.dueDateNote says why in Chinese")
    public List<@NonNull Boolean> dueDateProvisional(@Source List<AssistanceCase> of) {
        return worklists.dueDatesProvisional(of);
    }

    @NonNull
    @Description("The office handling the case now")
    public Uni<List<@NonNull OfficeView>> assignedOffice(@Source List<AssistanceCase> of) {
        return offices.findAll(of.stream().map(AssistanceCase::assignedOfficeCode).distinct().toList()).map(found -> {
            Map<String, OfficeView> byCode = found.stream().collect(Collectors.toMap(OfficeView::code, Function.identity()));
            return of.stream().map(c -> byCode.get(c.assignedOfficeCode())).toList();
        });
    }
}
