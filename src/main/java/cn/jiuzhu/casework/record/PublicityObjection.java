package cn.jiuzhu.casework.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.casework.CaseAction;

/**
 * An objection made while the case was in publicity. Staff only: the household's timeline says that one came and shows
 * the step that answered it, never what it said or where it came from; nothing here names a reporter.
 */
@Description("公示期间的异议 (staff only): what was objected to, where it came from, and the step that answered it")
public record PublicityObjection(
        @NonNull ObjectionSource source,
        @NonNull @Description("The source in Chinese (救助热线实名举报, 乡镇（街道）登记)") String sourceLabel,
        @Id @Description("HOTLINE_REPORT: the hotline's work order, where the reporter's identity stays") UUID workOrderId,
        @NonNull @Description("What was objected to, as recorded") String content,
        @NonNull @Description("The day the objection was received (China date), within the publicity") LocalDate receivedOn,
        @NonNull @Description("The office that recorded it, e.g. 涧西区湖北路街道办事处") String recordedBy,
        @NonNull OffsetDateTime recordedAt,
        @Description("The step that ended the publicity and answered it (HOLD_APPRAISAL, REOPEN_INVESTIGATION…); null while open")
        CaseAction answeredBy,
        @Description("What the answer tells whoever objected, e.g. the appraisal's date, participants and opinion") String answer,
        OffsetDateTime answeredAt,
        @Ignore UUID caseId) {
}
