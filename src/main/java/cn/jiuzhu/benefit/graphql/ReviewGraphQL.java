package cn.jiuzhu.benefit.graphql;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.benefit.FoundHousehold;
import cn.jiuzhu.benefit.service.ReviewService;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.smallrye.mutiny.Uni;

/** 定期核查: the township records the review of a household in payment; the county decides it with actOnCase. */
@GraphQLApi
public class ReviewGraphQL {

    private final ReviewService reviews;
    private final CurrentUser currentUser;

    public ReviewGraphQL(ReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @Mutation("recordReview")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("定期核查: the case's township office records the review of a case IN_PAYMENT: the household as found (as in "
            + "recordVerifiedHousehold, source PERIODIC_REVIEW) and written reasons (REASON_REQUIRED). Dibao's amount is "
            + "recomputed with the standard in force next month and the outcome follows: INCREASE, DECREASE, CONTINUE, or STOP "
            + "when nothing is due any more; `stop: true` proposes a stop for reasons no figure shows. The county decides with "
            + "actOnCase REVIEW (or STOP_PAYMENT for a stop, with reasons): notice within 3 working days, effect from the month "
            + "after. A new record replaces a pending one. See Case.review.")
    public Uni<@NonNull AssistanceCase> recordReview(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("household") FoundHousehold household,
            @Name("evidence") @Description("What any new correction rests on") String evidence,
            @NonNull @Name("reasons") @Description("核查意见, as the household will read it") String reasons,
            @NonNull @DefaultValue("false") @Name("stop") @Description("Propose to stop payment whatever the amount") boolean stop) {
        UUID id = Ids.parse(caseId, ErrorCode.CASE_NOT_FOUND);
        return currentUser.actor().flatMap(actor -> reviews.record(actor, id, household, evidence, reasons, stop));
    }
}
