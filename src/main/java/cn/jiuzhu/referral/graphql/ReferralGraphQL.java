package cn.jiuzhu.referral.graphql;

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

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.referral.Referral;
import cn.jiuzhu.referral.ReferralConnection;
import cn.jiuzhu.referral.ReferralOutcome;
import cn.jiuzhu.referral.ReferralStatus;
import cn.jiuzhu.referral.service.ReferralService;
import io.smallrye.mutiny.Uni;

/**
 * Referrals (转介): townships and county bureaus refer a household's special-assistance need; the
 * county department that runs it accepts and answers (or declines); the household sees it on its case.
 */
@GraphQLApi
public class ReferralGraphQL {

    private final ReferralService service;
    private final CurrentUser currentUser;

    public ReferralGraphQL(ReferralService referrals, CurrentUser currentUser) {
        this.service = referrals;
        this.currentUser = currentUser;
    }

    @Mutation("referCase")
    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER })
    @Description("转介: refers a household's need to the department of the case's county that runs it (e.g. MEDICAL_INSURANCE → "
            + "the county's 医疗保障局). Only the township handling the case or its county bureau may (others: CASE_NOT_FOUND). "
            + "The need is required (REASON_REQUIRED). While a referral of the case to that department waits for an answer, "
            + "the same request returns it and another is REFERRAL_PENDING.")
    public Uni<@NonNull Referral> refer(@NonNull @Id @Name("caseId") String caseId, @NonNull @Name("department") Department department,
            @NonNull @Description("What the household needs, in Chinese; the household reads it") @Name("need") String need) {
        return currentUser.actor().flatMap(actor -> service.refer(actor, Ids.parse(caseId, ErrorCode.CASE_NOT_FOUND), department, need));
    }

    @Mutation("acceptReferral")
    @RolesAllowed(Roles.DEPARTMENT_OFFICER)
    @Description("The department takes an OPEN referral on. Only the office it was sent to (to any other it is REFERRAL_NOT_FOUND); "
            + "expectedVersion is the version you looked at (REFERRAL_CHANGED if someone acted since).")
    public Uni<@NonNull Referral> accept(@NonNull @Id @Name("id") String id, @NonNull @Name("expectedVersion") int expectedVersion) {
        return currentUser.actor().flatMap(actor -> service.accept(actor, referralId(id), expectedVersion));
    }

    @Mutation("answerReferral")
    @RolesAllowed(Roles.DEPARTMENT_OFFICER)
    @Description("The department answers an ACCEPTED referral with its outcome and an answer the household reads")
    public Uni<@NonNull Referral> answer(@NonNull @Id @Name("id") String id, @NonNull @Name("outcome") ReferralOutcome outcome,
            @NonNull @Name("answer") String answer, @NonNull @Name("expectedVersion") int expectedVersion) {
        return currentUser.actor().flatMap(actor -> service.answer(actor, referralId(id), outcome, answer, expectedVersion));
    }

    @Mutation("declineReferral")
    @RolesAllowed(Roles.DEPARTMENT_OFFICER)
    @Description("The department sends back an OPEN referral it cannot take (not its remit), with a reason the household reads")
    public Uni<@NonNull Referral> decline(@NonNull @Id @Name("id") String id, @NonNull @Name("reason") String reason,
            @NonNull @Name("expectedVersion") int expectedVersion) {
        return currentUser.actor().flatMap(actor -> service.decline(actor, referralId(id), reason, expectedVersion));
    }

    @Query("departmentReferrals")
    @RolesAllowed(Roles.DEPARTMENT_OFFICER)
    @Description("My department office's referrals in one status, oldest due first")
    public Uni<@NonNull ReferralConnection> departmentReferrals(@NonNull @Name("status") ReferralStatus status,
            @Name("first") Integer first, @Name("after") String after) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> service.queue(actor, status, page));
    }

    @NonNull
    @Description("转介: the household's needs referred to departments, oldest first, with their answers")
    public Uni<List<@NonNull List<@NonNull Referral>>> referrals(@Source List<AssistanceCase> of) {
        return service.ofCases(of);
    }

    @NonNull
    @Description("Still waiting for the department after dueOn")
    public boolean overdue(@Source Referral referral) {
        return service.overdue(referral);
    }

    private static UUID referralId(String id) {
        return Ids.parse(id, ErrorCode.REFERRAL_NOT_FOUND);
    }
}
