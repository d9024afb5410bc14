package cn.jiuzhu.hotline.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.jiuzhu.audit.PersonalDataRead;
import cn.jiuzhu.audit.service.PersonalDataAuditService;
import cn.jiuzhu.casework.service.CaseLookupService;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.common.validation.MobileNumber;
import cn.jiuzhu.hotline.CallerLookup;
import cn.jiuzhu.hotline.UnmaskedContact;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Caller;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import io.smallrye.mutiny.Uni;

/**
 * Identifying a caller: their cases within the area the operator's hotline serves (its city or
 * province), by exactly one of mobile number, ID number or case number, masked. Unmasking needs a
 * reason of a few words, is allowed to operators only, at most {@code jiuzhu.unmask.max-per-hour} times an
 * hour each, and is recorded before the data is returned.
 */
@ApplicationScoped
public class CallerLookupService {

    static final int MIN_REASON_LENGTH = 4;
    private static final PersonalDataRead CONTACT = PersonalDataRead.caseContact();

    private final CaseLookupService cases;
    private final OfficeService offices;
    private final PersonalDataAuditService audit;
    private final int maxPerHour;

    public CallerLookupService(CaseLookupService cases, OfficeService offices, PersonalDataAuditService audit,
            @ConfigProperty(name = "jiuzhu.unmask.max-per-hour") int maxPerHour) {
        this.cases = cases;
        this.offices = offices;
        this.audit = audit;
        this.maxPerHour = maxPerHour;
    }

    public Uni<CallerLookup> identify(Actor operator, String mobileNumber, String idNumber, String caseNumber) {
        int keys = (mobileNumber == null ? 0 : 1) + (idNumber == null ? 0 : 1) + (caseNumber == null ? 0 : 1);
        if (keys != 1) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("reason", "EXACTLY_ONE_KEY",
                    "keys", "mobileNumber, idNumber, caseNumber"));
        }
        return area(operator).flatMap(area -> {
            if (mobileNumber != null) {
                MobileNumber mobile = MobileNumber.parse(mobileNumber);
                return cases.byContactMobile(area, mobile.value()).map(found -> new CallerLookup(mobile.masked(), null, found));
            }
            if (idNumber != null) {
                IdNumber id = IdNumber.parse(idNumber);
                return cases.byMember(area, id.value()).map(found -> new CallerLookup(null, id.masked(), found));
            }
            return cases.byCaseNumber(area, caseNumber.strip().toUpperCase(java.util.Locale.ROOT))
                    .map(found -> new CallerLookup(null, null, found));
        });
    }

    /**
     * The applicant's ID number and contact number in full. Every request by staff is recorded, refused ones
     * too: by a role other than an operator (FORBIDDEN), without a reason, for a case outside the hotline's area
     * (told CASE_NOT_FOUND, recorded with the case so its county sees the attempt) or over the hourly cap.
     */
    public Uni<UnmaskedContact> unmask(Caller caller, UUID caseId, String reason) {
        Actor operator = caller.actor();
        if (operator.role() == Role.RESIDENT) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        return cases.dataSubject(caseId).flatMap(subject -> {
            if (operator.role() != Role.HOTLINE_OPERATOR) {
                return audit.refuse(caller, subject, CONTACT, reason, new ApiException(ErrorCode.FORBIDDEN));
            }
            if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
                return audit.refuse(caller, subject, CONTACT, reason, new ApiException(ErrorCode.REASON_REQUIRED,
                        Map.of("field", "reason", "minLength", MIN_REASON_LENGTH)));
            }
            return area(operator).flatMap(area -> cases.inRegion(area, caseId))
                    .onFailure(ApiException.class).recoverWithUni(refusal -> audit.refuse(caller, subject, CONTACT, reason,
                            (ApiException) refusal))
                    .flatMap(inArea -> audit.shownWithinHourlyCap(caller, subject, CONTACT, reason, maxPerHour))
                    .flatMap(recorded -> cases.contact(caseId))
                    .map(contact -> new UnmaskedContact(contact.idNumber(), contact.mobileNumber()));
        });
    }

    /** The region code prefix the operator's hotline serves. */
    private Uni<String> area(Actor operator) {
        return offices.require(operator.officeCode()).map((OfficeView office) -> {
            if (office.kind() != OfficeKind.HOTLINE_CENTRE) {
                throw new ApiException(ErrorCode.OUTSIDE_JURISDICTION, Map.of("officeCode", office.code(),
                        "reason", "NOT_A_HOTLINE"));
            }
            return office.regionCode();
        });
    }
}
