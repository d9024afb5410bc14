package cn.jiuzhu.casework.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("审核确认决定: the decision on the application, with its written reasons")
public record CaseDecision(
        @NonNull DecisionOutcome outcome,
        @Description("Written reasons; always given for a refusal") String reasons,
        @NonNull @Description("The office that decided, e.g. 洛阳市涧西区民政局") String decidedBy,
        @NonNull OffsetDateTime decidedAt,
        @Description("Approved monthly amount for the household, yuan, e.g. \"669.00\" (the amount proposed at publicity); "
                + "null for refusals and for programmes without a monthly amount") String monthlyAmount,
        @Description("Refusals: by when the written notice with the reasons must reach the household (China date)") LocalDate refusalNoticeDueOn,
        @Ignore UUID caseId) {
}
