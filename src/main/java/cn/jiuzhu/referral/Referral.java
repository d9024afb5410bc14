package cn.jiuzhu.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.office.Department;
import cn.jiuzhu.programme.Programme;

/** A special-assistance need referred to the county department that runs it (转介), and its answer. */
@Description("转介: a household's special-assistance need sent to the county department that runs it, and the department's answer")
public record Referral(
        @NonNull @Id UUID id,
        @NonNull @Id UUID caseId,
        @NonNull @Description("The case's number, e.g. DB-410305-2026-00042") String caseNumber,
        @NonNull @Description("申请人姓名") String applicantName,
        @NonNull @Description("The programme of the case it was referred from (the status the household holds or asks for)") Programme programme,
        @NonNull Department department,
        @NonNull @Description("Code of the department office that handles it, e.g. 410305-YB") String officeCode,
        @NonNull @Description("That office's name, e.g. 涧西区医疗保障局") String officeName,
        @NonNull @Description("What the household needs, as the referring office wrote it") String need,
        @NonNull ReferralStatus status,
        @NonNull @Description("The status in Chinese (待受理, 已受理, 已答复, 已退回)") String statusLabel,
        @Description("Set once answered") ReferralOutcome outcome,
        @Description("The outcome in Chinese, once answered") String outcomeLabel,
        @Description("The department's answer, once answered") String answer,
        @Description("Why the department declined it, once declined") String declineReason,
        @NonNull @Description("The office that referred it, e.g. 涧西区湖北路街道办事处") String referredBy,
        @NonNull OffsetDateTime createdAt,
        @NonNull @Description("By when the department should answer (China time): 10 working days after the referral, "
                + "a service target, not a legal limit") LocalDate dueOn,
        OffsetDateTime acceptedAt,
        OffsetDateTime answeredAt,
        OffsetDateTime declinedAt,
        @NonNull @Description("Changes on every step; department staff send it back as expectedVersion") int version,
        @Ignore String createdBy) {
}
