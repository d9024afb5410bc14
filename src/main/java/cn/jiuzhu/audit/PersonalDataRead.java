package cn.jiuzhu.audit;

import java.util.List;
import java.util.UUID;

import cn.jiuzhu.programme.DocumentType;

/** What a read asks for: a case's contact details, or one document's content. */
public record PersonalDataRead(PersonalDataAccessKind kind, List<PersonalDataField> fields, DocumentType documentType,
        UUID attachmentId) {

    /** The applicant's ID number and contact number (unmaskCaseContact). */
    public static PersonalDataRead caseContact() {
        return new PersonalDataRead(PersonalDataAccessKind.CASE_CONTACT,
                List.of(PersonalDataField.ID_NUMBER, PersonalDataField.MOBILE_NUMBER), null, null);
    }

    /** An uploaded document's content; the type is null when no such document exists. */
    public static PersonalDataRead document(UUID attachmentId, DocumentType documentType) {
        return new PersonalDataRead(PersonalDataAccessKind.DOCUMENT, List.of(), documentType, attachmentId);
    }
}
