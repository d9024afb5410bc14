package cn.jiuzhu.casework.graphql;

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
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.record.ServiceArrangement;
import cn.jiuzhu.casework.record.ServiceArrangementInput;
import cn.jiuzhu.casework.service.ServiceArrangementService;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.smallrye.mutiny.Uni;

/**
 * 服务类社会救助 on a case: the township arranges services from its county's list and ends them; the household and staff
 * read what was arranged.
 */
@GraphQLApi
public class ServiceArrangementGraphQL {

    private final ServiceArrangementService arrangements;
    private final CurrentUser currentUser;

    public ServiceArrangementGraphQL(ServiceArrangementService arrangements, CurrentUser currentUser) {
        this.arrangements = arrangements;
        this.currentUser = currentUser;
    }

    @Mutation("arrangeServices")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("安排救助服务: the township office handling the case arranges services from its county's list (countyServices), "
            + "all or none, at most " + ServiceArrangementService.MAX_PER_REQUEST + " at once: a SERVICE case while INVESTIGATING "
            + "(its APPROVE needs one: PRECONDITION_MISSING, SERVICES_ARRANGED) or once APPROVED; a DIBAO or TEKUN case once "
            + "APPROVED or IN_PAYMENT, beside its money (CASE_ACTION_NOT_ALLOWED otherwise). SERVICE_NOT_ARRANGEABLE with "
            + "details.reason NOT_IN_COUNTY_LIST (another county's, or unknown), RETIRED, or ALREADY_ARRANGED (running on the "
            + "case). The household's timeline gets the note SERVICES_ARRANGED listing them. The case's version is unchanged.")
    public Uni<@NonNull AssistanceCase> arrangeServices(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("services") List<@NonNull ServiceArrangementInput> services) {
        return currentUser.actor().flatMap(actor -> arrangements.arrange(actor, caseId(caseId), services));
    }

    @Mutation("endServiceArrangement")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("结束救助服务: the township office handling the case ends an arrangement on endsOn (default today, China "
            + "date; not after its planned end), with the reason the household reads (REASON_REQUIRED); before its start it "
            + "is cancelled. Whatever the case's state. SERVICE_ARRANGEMENT_NOT_FOUND for an arrangement not on the case; "
            + "VALIDATION_FAILED with reason ALREADY_ENDED. The timeline gets the note SERVICE_ENDED.")
    public Uni<@NonNull AssistanceCase> endServiceArrangement(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Id @Name("arrangementId") String arrangementId, @Name("endsOn") LocalDate endsOn,
            @NonNull @Name("reason") String reason) {
        return currentUser.actor().flatMap(actor -> arrangements.end(actor, caseId(caseId), arrangementId, endsOn, reason));
    }

    @Description("救助服务安排: the services arranged for the household from its county's list, in the order arranged, ended ones "
            + "included: what, who provides it, how often, from when to when, and where each stands. Empty before any; null for "
            + "programmes that arrange no services (only SERVICE, DIBAO and TEKUN do).")
    public Uni<List<List<@NonNull ServiceArrangement>>> serviceArrangements(@Source List<AssistanceCase> of) {
        return arrangements.of(of);
    }

    private static UUID caseId(String id) {
        return Ids.parse(id, ErrorCode.CASE_NOT_FOUND);
    }
}
