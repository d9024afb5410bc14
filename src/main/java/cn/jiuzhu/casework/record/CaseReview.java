package cn.jiuzhu.casework.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("定期核查: the latest periodic review of a case in payment, as recorded by the township and decided by the county")
public record CaseReview(
        @NonNull ReviewOutcome outcome,
        @NonNull @Description("The outcome in Chinese, e.g. 减发") String outcomeLabel,
        @NonNull @Description("The township's written reasons, as the household reads them") String reasons,
        @Description("Yuan per month paid before the review; null for programmes without an amount") String previousMonthlyAmount,
        @Description("Yuan per month from effectiveFrom; \"0.00\" for a stop; null for programmes without an amount") String newMonthlyAmount,
        @NonNull @Description("The township office that reviewed") String reviewedBy,
        @NonNull OffsetDateTime reviewedAt,
        @NonNull @Description("PENDING: waiting for the county; DECIDED; OBJECTED: the household objected, the county reviews it; "
                + "UPHELD / REVOKED: the county's ruling on the objection") ReviewStatus status,
        @Description("The county office that decided") String decidedBy,
        OffsetDateTime decidedAt,
        @Description("The county's reasons for its decision, when it gave any") String decisionReasons,
        @Description("By when the written notice must reach the household: 3 working days after the decision (China date)") LocalDate noticeDueOn,
        @Description("First month the new amount (or the stop) applies, \"2027-01\": the month after the decision") String effectiveFrom,
        @NonNull @Description("The household may object to this decision now (objectToCase)") boolean canObject,
        @Ignore UUID caseId) {

    @Description("定期核查所处阶段")
    public enum ReviewStatus {
        PENDING, DECIDED, OBJECTED, UPHELD, REVOKED
    }
}
