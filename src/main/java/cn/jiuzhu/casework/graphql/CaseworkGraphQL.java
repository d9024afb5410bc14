package cn.jiuzhu.casework.graphql;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.smallrye.mutiny.Uni;

/** Township, county and department staff working on cases: read a case of their office, take a step, transfer. */
@GraphQLApi
public class CaseworkGraphQL {

    private final CaseService cases;
    private final CurrentUser currentUser;

    public CaseworkGraphQL(CaseService cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @Query("officeCase")
    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER, Roles.DEPARTMENT_OFFICER })
    @Description("A case handled by my office (or in my county, for a county bureau); others are CASE_NOT_FOUND")
    public Uni<@NonNull AssistanceCase> officeCase(@NonNull @Id @Name("id") String id) {
        return currentUser.actor().flatMap(actor -> cases.findForStaff(actor, caseId(id)));
    }

    @Mutation("actOnCase")
    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER, Roles.DEPARTMENT_OFFICER })
    @Description("Takes a step of the case's procedure (受理, 入户调查, 公示, 审核确认…). Only the office responsible for "
            + "that step may; expectedVersion is the case version you looked at (CASE_CHANGED if someone acted since). "
            + "Refusals, returns and terminations need a reason.")
    public Uni<@NonNull AssistanceCase> act(@NonNull @Id @Name("id") String id, @NonNull @Name("action") CaseAction action,
            @NonNull @Name("expectedVersion") int expectedVersion, @Name("reason") String reason) {
        return currentUser.actor().flatMap(actor -> cases.actAsStaff(actor, caseId(id), action, reason, expectedVersion));
    }

    @Mutation("transferCase")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DEPARTMENT_OFFICER })
    @Description("转办: sends a misrouted case to the office that should handle it, with a reason the resident sees")
    public Uni<@NonNull AssistanceCase> transfer(@NonNull @Id @Name("id") String id, @NonNull @Name("toOfficeCode") String toOfficeCode,
            @NonNull @Name("reason") String reason, @NonNull @Name("expectedVersion") int expectedVersion) {
        return currentUser.actor().flatMap(actor -> cases.transfer(actor, caseId(id), toOfficeCode, reason, expectedVersion));
    }

    private static UUID caseId(String id) {
        return Ids.parse(id, ErrorCode.CASE_NOT_FOUND);
    }
}
