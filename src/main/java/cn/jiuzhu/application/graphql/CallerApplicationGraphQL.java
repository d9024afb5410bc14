package cn.jiuzhu.application.graphql;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.application.Application;
import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.service.ApplicationService;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.programme.Programme;
import io.smallrye.mutiny.Uni;

/**
 * The hotline's side of an application filed on a caller's behalf (代为申请): the operator starts
 * and fills the draft; the caller completes it, gives the declarations and submits it in the mini-app.
 */
@GraphQLApi
public class CallerApplicationGraphQL {

    private final ApplicationService applications;
    private final CurrentUser currentUser;

    public CallerApplicationGraphQL(ApplicationService applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    @Mutation("startApplicationForCaller")
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Description("Hotline: starts a draft owned by the caller (channel HOTLINE), which the caller then sees in the mini-app. "
            + "ID_NUMBER_INVALID for a wrong ID number. Retrying with the same idempotencyKey returns the same draft.")
    public Uni<@NonNull Application> startForCaller(@NonNull @Name("programme") Programme programme,
            @NonNull @Name("callerIdNumber") @Description("The caller's 18-character ID number, as they read it out") String callerIdNumber,
            @NonNull @Name("idempotencyKey") @Description("A UUID made once per 'start application' on the console") String idempotencyKey) {
        return currentUser.actor().flatMap(actor -> applications.startForCaller(actor, programme, callerIdNumber, idempotencyKey));
    }

    @Mutation("saveApplicationDraftForCaller")
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Description("Hotline: saves the whole form of a draft this operator started (else APPLICATION_NOT_FOUND). The truthfulness "
            + "promise and the verification authorisation are the resident's to give in the mini-app: sending either as true is "
            + "refused with OPERATOR_CANNOT_DECLARE, and what the resident already gave is kept. The operator cannot submit.")
    public Uni<@NonNull Application> saveForCaller(@NonNull @Id @Name("id") String id,
            @NonNull @Name("expectedVersion") int expectedVersion, @NonNull @Name("form") ApplicationForm form) {
        return currentUser.actor().flatMap(actor -> applications.saveDraftForCaller(actor, applicationId(id), expectedVersion, form));
    }

    private static UUID applicationId(String id) {
        return Ids.parse(id, ErrorCode.APPLICATION_NOT_FOUND);
    }
}
