package cn.jiuzhu.benefit.graphql;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.benefit.FoundHousehold;
import cn.jiuzhu.benefit.VerifiedHousehold;
import cn.jiuzhu.benefit.service.HouseholdFindingService;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.smallrye.mutiny.Uni;

/** 核实的家庭情况: staff record the household as they found it; the case shows it, with each corrected figure. */
@GraphQLApi
public class HouseholdFindingGraphQL {

    private final HouseholdFindingService findings;
    private final CurrentUser currentUser;

    public HouseholdFindingGraphQL(HouseholdFindingService findings, CurrentUser currentUser) {
        this.findings = findings;
        this.currentUser = currentUser;
    }

    @Mutation("recordVerifiedHousehold")
    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER })
    @Description("核实的家庭情况: while the case is under investigation, its township office (what the home visit found) or "
            + "its county bureau (what the economic verification found) records the whole household as found: members, incomes "
            + "by category, property, rigid expenditure, in the application form's shape. Every figure that differs from the "
            + "declaration becomes a correction with its source; a new correction needs `evidence` (CORRECTION_EVIDENCE_REQUIRED). "
            + "The latest finding replaces the last: the publicised amount, the decision and later amounts are computed for it, "
            + "and the trace shows each correction first. VALIDATION_FAILED / FIELD_REQUIRED / MONEY_INVALID / ID_NUMBER_INVALID "
            + "name the field, as on the form.")
    public Uni<@NonNull AssistanceCase> recordVerifiedHousehold(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("household") FoundHousehold household,
            @Name("evidence") @Description("What the corrections rest on, e.g. 社保缴费记录显示月工资1200元") String evidence) {
        UUID id = Ids.parse(caseId, ErrorCode.CASE_NOT_FOUND);
        return currentUser.actor().flatMap(actor -> findings.recordInvestigation(actor, id, household, evidence));
    }

    @RolesAllowed({ Roles.RESIDENT, Roles.CASEWORKER, Roles.COUNTY_OFFICER, Roles.DEPARTMENT_OFFICER })
    @Description("核实的家庭情况: the household as the office last verified it (the one the amounts are computed for), with each "
            + "declared figure corrected and why; null while nothing has been verified (amounts then use the declaration)")
    public Uni<List<VerifiedHousehold>> verifiedHousehold(@Source List<AssistanceCase> of) {
        return findings.latest(of.stream().filter(c -> !c.state().beforeInvestigation()).map(AssistanceCase::id).toList())
                .map(found -> of.stream().map(c -> found.containsKey(c.id()) ? VerifiedHousehold.of(found.get(c.id())) : null).toList());
    }
}
