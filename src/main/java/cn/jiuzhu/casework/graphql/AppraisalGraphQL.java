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
import cn.jiuzhu.casework.record.Appraisal;
import cn.jiuzhu.casework.record.AppraisalRules;
import cn.jiuzhu.casework.record.PublicityObjection;
import cn.jiuzhu.casework.service.AppraisalService;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Objections during publicity and the democratic appraisal (民主评议): the township records objections and holds the
 * appraisal; staff read the objections, the household and staff read the appraisals.
 */
@GraphQLApi
public class AppraisalGraphQL {

    private final AppraisalService appraisals;
    private final CurrentUser currentUser;

    public AppraisalGraphQL(AppraisalService appraisals, CurrentUser currentUser) {
        this.appraisals = appraisals;
        this.currentUser = currentUser;
    }

    @Mutation("recordPublicityObjection")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("公示期间的异议: the case's township office records an objection it received (at its office, by letter) while "
            + "the case is in publicity (CASE_ACTION_NOT_ALLOWED otherwise), on a day within the publicity and not after today. "
            + "The household's timeline shows OBJECTION_RECEIVED without the content. While an objection is open the case "
            + "cannot be sent for confirmation (PRECONDITION_MISSING, NO_UNRESOLVED_OBJECTION): hold an appraisal "
            + "(holdAppraisal) or reopen the investigation. Real-name reports to the hotline: recordReportAsObjection.")
    public Uni<@NonNull AssistanceCase> recordObjection(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("receivedOn") LocalDate receivedOn, @NonNull @Name("content") String content) {
        return currentUser.actor().flatMap(actor -> appraisals.recordObjection(actor, caseId(caseId), receivedOn, content));
    }

    @Mutation("holdAppraisal")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("民主评议: the case's township office records the appraisal it held (the day, how many took part, at least "
            + AppraisalRules.MIN_PARTICIPANTS + " else APPRAISAL_PARTICIPANTS_TOO_FEW, the opinion) and takes the step "
            + "HOLD_APPRAISAL with it, from PUBLICITY (on an objection) or INVESTIGATING (facts unclear), on the version you "
            + "looked at (CASE_CHANGED). The case goes back to INVESTIGATING for the first review; START_PUBLICITY starts a "
            + "new seven-day publicity. The step answers the publicity's objections, and a hotline report among them is "
            + "answered with the appraisal for the call-back. actOnCase cannot take HOLD_APPRAISAL (PRECONDITION_MISSING, APPRAISAL_RECORD).")
    public Uni<@NonNull AssistanceCase> holdAppraisal(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("heldOn") LocalDate heldOn, @NonNull @Name("participants") int participants,
            @NonNull @Name("opinion") String opinion, @NonNull @Name("expectedVersion") int expectedVersion) {
        return currentUser.actor().flatMap(actor -> appraisals.holdAppraisal(actor, caseId(caseId), heldOn, participants, opinion,
                expectedVersion));
    }

    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER, Roles.DEPARTMENT_OFFICER })
    @Description("Staff only (FORBIDDEN for residents): objections made during publicity, oldest first, with what answered them")
    public Uni<List<List<@NonNull PublicityObjection>>> publicityObjections(@Source List<AssistanceCase> of) {
        return appraisals.objections(of);
    }

    @NonNull
    @Description("民主评议 held on the household's case, oldest first: the day, how many took part, the opinion")
    public Uni<List<@NonNull List<@NonNull Appraisal>>> appraisals(@Source List<AssistanceCase> of) {
        return appraisals.appraisals(of);
    }

    private static UUID caseId(String id) {
        return Ids.parse(id, ErrorCode.CASE_NOT_FOUND);
    }
}
