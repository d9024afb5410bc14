package cn.jiuzhu.application.graphql;

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
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.application.Application;
import cn.jiuzhu.application.FormProblem;
import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.service.ApplicationService;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.Programme;
import io.smallrye.mutiny.Uni;

/** The mini-app's application form: start, save and resume drafts (暂存), submit. Residents only, their own applications only. */
@GraphQLApi
public class ApplicationGraphQL {

    private final ApplicationService applications;
    private final CurrentUser currentUser;

    public ApplicationGraphQL(ApplicationService applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    @Mutation("startApplication")
    @RolesAllowed(Roles.RESIDENT)
    @Description("Starts an empty draft for a programme. Retrying with the same idempotencyKey returns the same draft.")
    public Uni<@NonNull Application> start(@NonNull @Name("programme") Programme programme,
            @NonNull @Name("idempotencyKey") @Description("A UUID made once per tap on 'apply'") String idempotencyKey) {
        return currentUser.actor().flatMap(actor -> applications.start(actor, programme, idempotencyKey));
    }

    @Mutation("saveApplicationDraft")
    @RolesAllowed(Roles.RESIDENT)
    @Description("Saves the whole form of a draft (暂存). Formats are checked; completeness only on submission. "
            + "expectedVersion must be the version last read, else VERSION_CONFLICT.")
    public Uni<@NonNull Application> save(@NonNull @Id @Name("id") String id, @NonNull @Name("expectedVersion") int expectedVersion,
            @NonNull @Name("form") ApplicationForm form) {
        return currentUser.actor().flatMap(actor -> applications.saveDraft(actor, applicationId(id), expectedVersion, form));
    }

    @Mutation("discardApplication")
    @RolesAllowed(Roles.RESIDENT)
    @Description("Gives up a draft")
    public Uni<@NonNull Application> discard(@NonNull @Id @Name("id") String id) {
        return currentUser.actor().flatMap(actor -> applications.discard(actor, applicationId(id)));
    }

    @Mutation("submitApplication")
    @RolesAllowed(Roles.RESIDENT)
    @Description("Submits a complete draft; the answer comes only after the case is saved. Retrying with the same "
            + "idempotencyKey (e.g. after a dropped connection) returns the same case, never a second one.")
    public Uni<@NonNull AssistanceCase> submit(@NonNull @Id @Name("id") String id,
            @NonNull @Name("idempotencyKey") @Description("A UUID made once per tap on 'submit', reused on retries") String idempotencyKey) {
        return currentUser.actor().flatMap(actor -> applications.submit(actor, applicationId(id), idempotencyKey));
    }

    @Query("application")
    @RolesAllowed(Roles.RESIDENT)
    @Description("One of my applications (draft or submitted)")
    public Uni<@NonNull Application> application(@NonNull @Id @Name("id") String id) {
        return currentUser.actor().flatMap(actor -> applications.ownedBy(actor, applicationId(id)));
    }

    @Query("myApplicationDrafts")
    @RolesAllowed(Roles.RESIDENT)
    @Description("My unfinished drafts, most recently saved first, to resume")
    public Uni<@NonNull List<@NonNull Application>> drafts() {
        return currentUser.actor().flatMap(applications::drafts);
    }

    @NonNull
    @Description("What is still wrong or missing before it can be submitted; empty when ready")
    public List<@NonNull FormProblem> problems(@Source Application application) {
        return applications.readiness(application).stream()
                .map(p -> new FormProblem(p.field(), p.code().name(), Messages.of(p.code(), p.details()))).toList();
    }

    @NonNull
    @Description("Documents this household must provide, given what the form says (e.g. a disability certificate when a member is disabled)")
    public List<@NonNull DocumentType> requiredDocuments(@Source Application application) {
        return applications.requiredDocuments(application);
    }

    @Description("Who filled it in for the resident, as the resident reads it (e.g. 救助热线代为填写); null when the resident "
            + "started it. Never a staff member's name.")
    public String filedByLabel(@Source Application application) {
        return applications.filedByLabel(application);
    }

    private static UUID applicationId(String id) {
        return Ids.parse(id, ErrorCode.APPLICATION_NOT_FOUND);
    }
}
