package cn.jiuzhu.charity.graphql;

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
import cn.jiuzhu.charity.CharityOutcome;
import cn.jiuzhu.charity.CharityReferral;
import cn.jiuzhu.charity.FundKind;
import cn.jiuzhu.charity.service.CharityRules;
import cn.jiuzhu.charity.service.CharityService;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Charity linkage (慈善帮扶衔接): the township handling a case or its county bureau refers the household to an emergency
 * fund or a charity and records the fund's answer; the household sees both on its case.
 */
@GraphQLApi
public class CharityGraphQL {

    private final CharityService service;
    private final CurrentUser currentUser;

    public CharityGraphQL(CharityService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Mutation("referToCharity")
    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER })
    @Description("转介慈善帮扶/救急难基金: refers a household to an emergency fund or a charity with its need and the amount asked. "
            + "Only the township office handling the case or its county bureau may (others: CASE_NOT_FOUND), once the case is "
            + "accepted and while it is open, in payment included (CASE_ACTION_NOT_ALLOWED otherwise). fundName may be left out "
            + "for an emergency fund (the township's or county's name + 救急难基金) and is required for a charity "
            + "(FIELD_REQUIRED). need is required (FIELD_REQUIRED); amountAsked is yuan, more than 0 and at most "
            + CharityRules.MAX_YUAN + " (MONEY_INVALID, AMOUNT_OUT_OF_RANGE with details.field). The household's timeline "
            + "shows CHARITY_REFERRED. While a referral of the case to that fund waits for an answer, the same request returns "
            + "it and another is CHARITY_REFERRAL_PENDING.")
    public Uni<@NonNull CharityReferral> refer(@NonNull @Id @Name("caseId") String caseId, @NonNull @Name("fundKind") FundKind fundKind,
            @Description("The fund's or charity's name, e.g. 洛阳市慈善总会") @Name("fundName") String fundName,
            @NonNull @Description("What the household needs, in Chinese; the household reads it") @Name("need") String need,
            @NonNull @Description("Yuan asked, e.g. \"10000.00\"") @Name("amountAsked") String amountAsked) {
        return currentUser.actor().flatMap(actor -> service.refer(actor, Ids.parse(caseId, ErrorCode.CASE_NOT_FOUND), fundKind, fundName,
                need, amountAsked));
    }

    @Mutation("answerCharityReferral")
    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER })
    @Description("Records the fund's answer to a referral: GRANTED with amountGranted (yuan, more than 0, may differ from the "
            + "amount asked; FIELD_REQUIRED without it), reason an optional remark; or DECLINED with its reason (REASON_REQUIRED) "
            + "and no amount. Only staff of the office that referred or its county bureau (others: CHARITY_REFERRAL_NOT_FOUND), "
            + "whatever the case's state. A referral is answered once: another answer is CHARITY_REFERRAL_ANSWERED. The "
            + "household's timeline shows CHARITY_ANSWERED with the fund, the outcome and the amount or the reason.")
    public Uni<@NonNull CharityReferral> answer(@NonNull @Id @Name("id") String id, @NonNull @Name("outcome") CharityOutcome outcome,
            @Description("Yuan granted, e.g. \"42000.00\"; GRANTED only") @Name("amountGranted") String amountGranted,
            @Description("DECLINED: the fund's reason, which the household reads; GRANTED: an optional remark") @Name("reason")
            String reason) {
        return currentUser.actor().flatMap(actor -> service.answer(actor, Ids.parse(id, ErrorCode.CHARITY_REFERRAL_NOT_FOUND), outcome,
                amountGranted, reason));
    }

    @NonNull
    @Description("慈善帮扶衔接: the household's referrals to emergency funds and charities, oldest first, with their answers")
    public Uni<List<@NonNull List<@NonNull CharityReferral>>> charityReferrals(@Source List<AssistanceCase> of) {
        return service.ofCases(of);
    }

    @NonNull
    @Description("Yuan granted to the household by every fund and charity that answered so far, e.g. \"52000.00\"; \"0.00\" before any")
    public Uni<List<@NonNull String>> charityGrantedTotal(@Source List<AssistanceCase> of) {
        return service.grantedTotals(of);
    }
}
