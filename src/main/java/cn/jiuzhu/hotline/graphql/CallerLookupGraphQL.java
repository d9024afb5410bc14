package cn.jiuzhu.hotline.graphql;

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
import cn.jiuzhu.hotline.CallerLookup;
import cn.jiuzhu.hotline.UnmaskedContact;
import cn.jiuzhu.hotline.service.CallerLookupService;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** The hotline console identifies callers from the same schema the mini-app uses. Operators only. */
@GraphQLApi
public class CallerLookupGraphQL {

    private final CallerLookupService lookup;
    private final CurrentUser currentUser;

    public CallerLookupGraphQL(CallerLookupService lookup, CurrentUser currentUser) {
        this.lookup = lookup;
        this.currentUser = currentUser;
    }

    @Query("identifyCaller")
    @RolesAllowed(Roles.HOTLINE_OPERATOR)
    @Description("The caller's cases in my hotline's area, by exactly one of mobileNumber, idNumber or caseNumber; personal data masked. "
            + "Each case carries its timeline and progress as the resident sees them.")
    public Uni<@NonNull CallerLookup> identify(@Name("mobileNumber") String mobileNumber, @Name("idNumber") String idNumber,
            @Name("caseNumber") String caseNumber) {
        return currentUser.actor().flatMap(actor -> lookup.identify(actor, mobileNumber, idNumber, caseNumber));
    }

    /** Open to every signed-in role so that staff other than operators are refused in the service, where it is recorded. */
    @Mutation("unmaskCaseContact")
    @Authenticated
    @Description("Shows a case's applicant ID number and contact number in full, e.g. to call back. Hotline operators only "
            + "(FORBIDDEN), with a reason of at least 4 characters (REASON_REQUIRED), at most a configured number an hour "
            + "per operator, 20 by default (RATE_LIMITED, details.retryAfterSeconds). Every request, refused ones too, "
            + "is recorded with who, when, what and why; a shown one before the answer is given.")
    public Uni<@NonNull UnmaskedContact> unmask(@NonNull @Id @Name("caseId") String caseId, @NonNull @Name("reason") String reason) {
        UUID id = Ids.parse(caseId, ErrorCode.CASE_NOT_FOUND);
        return currentUser.caller().flatMap(caller -> lookup.unmask(caller, id, reason));
    }
}
