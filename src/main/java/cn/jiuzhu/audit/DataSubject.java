package cn.jiuzhu.audit;

import java.util.UUID;

import cn.jiuzhu.common.validation.IdNumber;

/**
 * Whose data a read concerns, as the record keeps it: the case (when there is one), where it lies and
 * which office handles it, so the auditors of that place find the read; and the person, masked.
 */
public record DataSubject(UUID caseId, String caseNumber, String countyCode, String regionCode, String handlingOfficeCode,
        String maskedIdNumber) {

    /** A request for data that does not exist: recorded all the same, for the requester's own auditors. */
    public static final DataSubject NONE = new DataSubject(null, null, null, null, null, null);

    public static DataSubject ofCase(UUID caseId, String caseNumber, String countyCode, String regionCode,
            String handlingOfficeCode, String idNumber) {
        return new DataSubject(caseId, caseNumber, countyCode, regionCode, handlingOfficeCode, mask(idNumber));
    }

    /** A person without a case yet (a draft's documents). */
    public static DataSubject ofPerson(String idNumber) {
        return new DataSubject(null, null, null, null, null, mask(idNumber));
    }

    private static String mask(String idNumber) {
        return idNumber == null ? null : IdNumber.tryParse(idNumber).map(IdNumber::masked).orElse(null);
    }
}
