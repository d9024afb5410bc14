package cn.jiuzhu.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.programme.Programme;

/** A submitted application being handled (救助事项). */
@Name("Case")
@Description("一件救助事项: a submitted application as the office handles it")
public record AssistanceCase(
        @NonNull @Id UUID id,
        @NonNull @Description("编号 to read over the phone, e.g. DB-410305-2026-00042 (programme, county, year, sequence)") String caseNumber,
        @NonNull @Id @Description("The application it was submitted from; upload supplementary documents to it") UUID applicationId,
        @NonNull Programme programme,
        @NonNull CaseState state,
        @NonNull @Description("When the case entered its current state") OffsetDateTime stateSince,
        @NonNull OffsetDateTime submittedAt,
        @NonNull @Description("申请人姓名") String applicantName,
        @NonNull @Description("家庭人口") int householdSize,
        @NonNull @Description("Region whose offices handle the case (residence, or where the emergency happened)") String regionCode,
        @NonNull @Description("Submitted by an agent (委托代理)") boolean viaAgent,
        @NonNull @Description("近亲属备案: a member is a close relative of staff, so the case is registered separately and visited") boolean nearRelativeFlag,
        @NonNull @Description("Code of the office handling the case now") String assignedOfficeCode,
        @Description("Why this office handles it (按户籍地/急难发生地/转办…), in Chinese") String routingExplanation,
        @Description("By when the office should finish the current step (China time)") LocalDate dueOn,
        @NonNull @Description("Extreme-poverty support: drawn for the county's spot check (≥30%)") boolean spotCheckRequired,
        @NonNull @Description("Changes on every step; staff send it back as expectedVersion") int version,
        @Ignore String ownerIdNumber,
        @Ignore String countyCode) {
}
