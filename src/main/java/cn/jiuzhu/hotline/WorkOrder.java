package cn.jiuzhu.hotline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A hotline call and what became of it (工单). The caller's numbers are held masked: nothing built
 * from this record can show them whole.
 */
@Description("工单: one hotline call, what it was about, where it went and how it ended")
public record WorkOrder(
        @NonNull @Id UUID id,
        @NonNull @Description("The hotline centre that took the call, e.g. 4103-12345") String hotlineOfficeCode,
        @NonNull @Description("来电人姓名") String callerName,
        @NonNull @Description("The caller's mobile number, masked: 138****5678") String callerMobileNumber,
        @Description("The caller's ID number if given, masked: 410305**********1X") String callerIdNumber,
        @NonNull WorkOrderCategory category,
        @NonNull @Description("The category in Chinese (政策咨询, 投诉…)") String categoryLabel,
        @NonNull @Description("What the caller said, as the operator wrote it") String summary,
        @Description("Leads, complaints, reports: the township or village where the person concerned lives") String regionCode,
        @Id @Description("A case the call is about, if any") UUID caseId,
        @NonNull WorkOrderStatus status,
        @NonNull @Description("The status in Chinese (处理中, 已转办, 已答复, 已办结)") String statusLabel,
        @Description("The township office it was routed to, e.g. 410305001") String routedOfficeCode,
        @Description("That office's name, e.g. 涧西区湖北路街道办事处") String routedOfficeName,
        @Description("By when the office should answer (China time): 5 working days after the call, a service target, "
                + "not a legal limit") LocalDate dueOn,
        @Description("The office's answer, once answered") String answer,
        OffsetDateTime answeredAt,
        @Description("How the call ended, written by the operator when closing") String outcome,
        @Description("What the caller said when called back") CallerSatisfaction satisfaction,
        @Description("The satisfaction in Chinese") String satisfactionLabel,
        @NonNull @Description("Real-name reports: the result of the check was fed back to the reporter") boolean feedbackGiven,
        @Description("What the reporter was told") String feedback,
        @NonNull OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        @NonNull @Description("Changes on every step; send it back as expectedVersion") int version,
        @Ignore String createdBy) {
}
