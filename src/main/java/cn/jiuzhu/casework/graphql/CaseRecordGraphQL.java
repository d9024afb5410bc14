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
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.record.CaseDecision;
import cn.jiuzhu.casework.record.CaseReview;
import cn.jiuzhu.casework.record.EconomicVerification;
import cn.jiuzhu.casework.record.HomeVisit;
import cn.jiuzhu.casework.record.PublicityEntry;
import cn.jiuzhu.casework.record.SelfCareItem;
import cn.jiuzhu.casework.service.CaseRecordService;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Ids;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.smallrye.mutiny.Uni;

/**
 * The investigation and decision records of a case: staff record them, the case shows them (the
 * household sees its decision, amounts and dates; staff see everything), and the village
 * noticeboard shows the households in publicity, with three facts each and nothing more.
 */
@GraphQLApi
public class CaseRecordGraphQL {

    private final CaseRecordService records;
    private final CurrentUser currentUser;

    public CaseRecordGraphQL(CaseRecordService records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    @Mutation("recordHomeVisit")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("入户调查: the case's township office records a visit by at least two staff (HOME_VISIT_STAFF_TOO_FEW otherwise) "
            + "while the case is under investigation. Needed before publicity.")
    public Uni<@NonNull AssistanceCase> recordHomeVisit(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("visitedOn") LocalDate visitedOn, @NonNull @Name("staff") List<@NonNull String> staff,
            @NonNull @Name("findings") String findings) {
        return currentUser.actor().flatMap(actor -> records.recordHomeVisit(actor, caseId(caseId), visitedOn, staff, findings));
    }

    @Mutation("recordVerification")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("家庭经济状况核对: the county bureau of the case's county records the result while the case is under "
            + "investigation. A passed result is needed before publicity; a failed one also takes the step FAIL_VERIFICATION "
            + "(核对未通过), with the summary as the reason the household reads, and returns the case in VERIFICATION_FAILED.")
    public Uni<@NonNull AssistanceCase> recordVerification(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("passed") boolean passed, @NonNull @Name("summary") String summary) {
        return currentUser.actor().flatMap(actor -> records.recordVerification(actor, caseId(caseId), passed, summary));
    }

    @Mutation("proposeAmount")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("拟保障金额: the case's township office proposes the household's monthly amount (yuan, e.g. \"669.00\") while the "
            + "case is under investigation; it is published during publicity and becomes the approved amount. A new proposal "
            + "replaces the last. Needed before publicity for dibao and extreme-poverty support.")
    public Uni<@NonNull AssistanceCase> proposeAmount(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("monthlyAmount") String monthlyAmount) {
        return currentUser.actor().flatMap(actor -> records.proposeAmount(actor, caseId(caseId), monthlyAmount));
    }

    @Mutation("recordSelfCareAssessment")
    @RolesAllowed(Roles.CASEWORKER)
    @Description("生活自理能力评估: the case's township office records, while an extreme-poverty case is under investigation, "
            + "which of the six self-care items a member (memberIdNumber, one of the case's people; VALIDATION_FAILED with "
            + "reason NOT_A_MEMBER otherwise) cannot do on their own: none means self-reliant, up to three partly dependent, "
            + "four or more fully dependent. assessedOn is a China date between submission and today; assessors (optional) "
            + "names who assessed. A new record re-assesses the person, the latest counts. Every member needs one before "
            + "publicity and approval (PRECONDITION_MISSING, SELF_CARE_ASSESSMENT); the decided amount is computed from "
            + "them. CASE_ACTION_NOT_ALLOWED for other programmes and outside investigation.")
    public Uni<@NonNull AssistanceCase> recordSelfCareAssessment(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("memberIdNumber") String memberIdNumber, @NonNull @Name("failedItems") List<@NonNull SelfCareItem> failedItems,
            @NonNull @Name("assessedOn") LocalDate assessedOn, @Name("assessors") List<String> assessors) {
        return currentUser.actor().flatMap(actor -> records.recordSelfCareAssessment(actor, caseId(caseId), memberIdNumber,
                failedItems, assessedOn, assessors));
    }

    @Mutation("recordCountyVisit")
    @RolesAllowed(Roles.COUNTY_OFFICER)
    @Description("县级入户核实: the county bureau's own visit during confirmation (at least two staff). Required before "
            + "deciding an extreme-poverty case drawn for the spot check (spotCheckRequired) or a case registered separately "
            + "because a member is a close relative of staff (nearRelativeFlag).")
    public Uni<@NonNull AssistanceCase> recordCountyVisit(@NonNull @Id @Name("caseId") String caseId,
            @NonNull @Name("visitedOn") LocalDate visitedOn, @NonNull @Name("staff") List<@NonNull String> staff,
            @NonNull @Name("findings") String findings) {
        return currentUser.actor().flatMap(actor -> records.recordCountyVisit(actor, caseId(caseId), visitedOn, staff, findings));
    }

    @Query("publicity")
    @Description("公示 (public, no token): households whose case is in publicity in a village/community (12-digit code) or "
            + "township (9-digit code), as the noticeboard shows them: name, household size, proposed amount. Nothing else is public.")
    public Uni<@NonNull List<@NonNull PublicityEntry>> publicity(@NonNull @Name("villageOrTownshipCode") String villageOrTownshipCode) {
        return records.publicity(villageOrTownshipCode);
    }

    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER, Roles.DEPARTMENT_OFFICER })
    @Description("Staff only (FORBIDDEN for residents): the home visits recorded, oldest first")
    public Uni<List<List<@NonNull HomeVisit>>> homeVisits(@Source List<AssistanceCase> of) {
        return records.homeVisits(of);
    }

    @RolesAllowed({ Roles.CASEWORKER, Roles.COUNTY_OFFICER, Roles.DEPARTMENT_OFFICER })
    @Description("Staff only (FORBIDDEN for residents): the latest economic verification result, null before one is recorded")
    public Uni<List<EconomicVerification>> verification(@Source List<AssistanceCase> of) {
        return records.verifications(of);
    }

    @Description("拟保障金额: the monthly amount last proposed for the household, yuan, e.g. \"669.00\"; null before one is proposed")
    public Uni<List<String>> proposedMonthlyAmount(@Source List<AssistanceCase> of) {
        return records.proposedMonthlyAmounts(of);
    }

    @Description("审核确认决定: the decision in force with its reasons, null before one (and after a refusal is reversed on review)")
    public Uni<List<CaseDecision>> decision(@Source List<AssistanceCase> of) {
        return records.decisions(of);
    }

    @Description("The month of the first payment, \"2026-12\": the month after the approval (China time); null until payment starts")
    public Uni<List<String>> paymentStartsIn(@Source List<AssistanceCase> of) {
        return records.paymentStartsIn(of);
    }

    @Description("定期核查: when the household is next reviewed, a year after approval (six months when income is unstable), "
            + "moved on by each review; null until payment starts and for one-off aid")
    public Uni<List<LocalDate>> nextReviewOn(@Source List<AssistanceCase> of) {
        return records.nextReviewOn(of);
    }

    @Description("定期核查: the latest periodic review (pending the county's decision, or decided), with its outcome, reasons, "
            + "old and new amount, notice date and the month it applies from; null before the first review")
    public Uni<List<CaseReview>> review(@Source List<AssistanceCase> of) {
        return records.reviews(of);
    }

    @Description("Whether the periodic review is past nextReviewOn (China date); null without a review date")
    public Uni<List<Boolean>> reviewOverdue(@Source List<AssistanceCase> of) {
        return records.reviewOverdue(of);
    }

    private static UUID caseId(String id) {
        return Ids.parse(id, ErrorCode.CASE_NOT_FOUND);
    }
}
