package cn.jiuzhu.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.programme.DocumentType;

/** One read of full personal data, shown or refused, as recorded at that moment. */
@Description("个人信息查阅记录: one request for full personal data (who, when, from which office, whose, what, why) "
        + "and whether it was shown or refused. Names and places are as they were at that moment.")
public record PersonalDataAccess(
        @NonNull @Id String id,
        @NonNull OffsetDateTime accessedAt,
        @NonNull @Description("The requester's role") Role actorRole,
        @NonNull @Description("The requester's token subject (account)") String actorSubject,
        @Description("The requester's name from their token, if it had one") String actorDisplayName,
        @Description("Code of the office the requester worked for") String officeCode,
        @Description("That office's name") String officeName,
        @NonNull PersonalDataAccessKind kind,
        @NonNull @Description("Fields shown or asked for in full (empty for a document)") List<@NonNull PersonalDataField> fields,
        @Description("Documents: the document's type (null if no such document exists)") DocumentType documentType,
        @Id @Description("Documents: the attachment asked for") String attachmentId,
        @Description("The case the data belongs to; null for a draft's documents or a case that does not exist") String caseNumber,
        @Description("The person whose data it is, masked, e.g. 110***********002X") String dataSubjectMaskedIdNumber,
        @Description("The reason the requester gave") String reason,
        @NonNull AccessOutcome outcome,
        @Description("REFUSED: the error code the requester got (e.g. REASON_REQUIRED, RATE_LIMITED, CASE_NOT_FOUND, FORBIDDEN)") String refusalCode) {
}
