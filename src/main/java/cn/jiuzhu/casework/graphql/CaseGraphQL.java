package cn.jiuzhu.casework.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.casework.CaseConnection;
import cn.jiuzhu.casework.CaseEvent;
import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.service.CaseEventBus;
import cn.jiuzhu.casework.service.CaseService;
import cn.jiuzhu.casework.service.Deadlines;
import cn.jiuzhu.casework.service.ProgressRules;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.GraphQLStreamError;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.common.time.CalendarService;
import cn.jiuzhu.common.validation.TextInput;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.programme.ProgrammeInfo;
import cn.jiuzhu.programme.service.CatalogueService;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A resident following their household's cases: list, timeline, withdraw, object, live events (progress and documents
 * are the case file's, {@code casefile}).
 */
@GraphQLApi
public class CaseGraphQL {

    private static final int MAX_REASON = 1000;

    private final CaseService cases;
    private final Deadlines deadlines;
    private final CatalogueService catalogue;
    private final CalendarService calendar;
    private final CaseEventBus bus;
    private final CurrentUser currentUser;

    public CaseGraphQL(CaseService cases, Deadlines deadlines, CatalogueService catalogue, CalendarService calendar,
            CaseEventBus bus, CurrentUser currentUser) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.bus = bus;
        this.currentUser = currentUser;
    }

    @Query("myCases")
    @RolesAllowed(Roles.RESIDENT)
    @Description("My household's cases, newest first")
    public Uni<@NonNull CaseConnection> myCases(@Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> cases.casesVisibleTo(actor.idNumber(), page));
    }

    @Query("case")
    @RolesAllowed(Roles.RESIDENT)
    @Description("One of my household's cases; another household's is CASE_NOT_FOUND")
    public Uni<@NonNull AssistanceCase> caseById(@NonNull @Id @Name("id") String id) {
        return currentUser.actor().flatMap(actor -> cases.findVisible(caseId(id), actor.idNumber()));
    }

    @Mutation("withdrawCase")
    @RolesAllowed(Roles.RESIDENT)
    @Description("Withdraws the application before a decision. Repeating it is harmless.")
    public Uni<@NonNull AssistanceCase> withdraw(@NonNull @Id @Name("id") String id, @Name("reason") String reason) {
        String text = TextInput.optional("reasons", reason, MAX_REASON);
        return currentUser.actor().flatMap(actor -> cases.actAsHousehold(actor, caseId(id), CaseAction.WITHDRAW, text));
    }

    @Mutation("objectToCase")
    @RolesAllowed(Roles.RESIDENT)
    @Description("Objects to a failed verification or a refusal, with reasons (upload evidence as documents). Repeating it is harmless.")
    public Uni<@NonNull AssistanceCase> object(@NonNull @Id @Name("id") String id, @NonNull @Name("reasons") String reasons) {
        String text = TextInput.requiredReason("reasons", reasons, MAX_REASON);
        return currentUser.actor().flatMap(actor -> cases.findVisible(caseId(id), actor.idNumber())
                .flatMap(c -> cases.actAsHousehold(actor, c.id(), Procedure.of(c.programme()).objectionIn(c.state()), text)));
    }

    /**
     * No {@code @RolesAllowed} here: SmallRye reports a refusal by the security interceptor on a subscription as a bare
     * "System error", so the caller is checked inside the stream, where a refusal leaves coded (UNAUTHENTICATED,
     * FORBIDDEN, CASE_NOT_FOUND) like any other failure of it.
     */
    @Subscription("caseEvents")
    @Description("Events of one of my household's cases as they happen (graphql-transport-ws on /graphql; the token in the "
            + "Authorization header of the handshake or in the connection_init payload). Residents only.")
    public Multi<CaseEvent> caseEvents(@NonNull @Id @Name("caseId") String caseId) {
        return currentUser.caller().map(caller -> {
            if (!caller.anonymous() && !caller.has(Role.RESIDENT)) {
                throw new ApiException(ErrorCode.FORBIDDEN, Map.of("subscription", "caseEvents"));
            }
            return caller.actor();
        }).flatMap(actor -> cases.findVisible(caseId(caseId), actor.idNumber())).toMulti()
                .flatMap(c -> bus.of(c.id()))
                .onItem().transformToUniAndConcatenate(signal -> cases.event(signal.eventId()))
                .filter(Optional::isPresent).map(Optional::get)
                .onFailure().transform(GraphQLStreamError::of);
    }

    @NonNull
    @Description("办理环节 in order: who acted, when, and what state it left the case in")
    public Uni<List<@NonNull List<@NonNull CaseEvent>>> timeline(@Source List<AssistanceCase> of) {
        return cases.timelines(of).map(timelines -> {
            List<List<CaseEvent>> result = new ArrayList<>();
            for (int i = 0; i < of.size(); i++) {
                var programme = of.get(i).programme();
                result.add(timelines.get(i).stream().map(e -> e.action().note() ? e
                        : ProgressRules.withDeadline(e, deadlines.limitIn(programme, e.toState()), calendar.calendar())).toList());
            }
            return result;
        });
    }

    @NonNull
    @Description("The programme: its name, documents and every legal time limit of the procedure")
    public ProgrammeInfo programmeInfo(@Source AssistanceCase c) {
        return catalogue.get(c.programme());
    }

    private static UUID caseId(String id) {
        return Ids.parse(id, ErrorCode.CASE_NOT_FOUND);
    }
}
