package cn.jiuzhu.casework.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.audit.DataSubject;
import cn.jiuzhu.casework.AssistanceCase;
import cn.jiuzhu.casework.repository.CaseRepository;
import io.smallrye.mutiny.Uni;

/**
 * Finding cases by who is calling, within a region (a hotline serves a city or a province). Personal
 * data stays out of the answers; {@link #contact} gives it only to callers who audit the request.
 */
@ApplicationScoped
public class CaseLookupService {

    static final int MAX_RESULTS = 20;

    private final CaseRepository cases;

    public CaseLookupService(CaseRepository cases) {
        this.cases = cases;
    }

    public Uni<List<AssistanceCase>> byContactMobile(String regionPrefix, String mobile) {
        return cases.findInRegionByContactMobile(regionPrefix, mobile, MAX_RESULTS);
    }

    public Uni<List<AssistanceCase>> byMember(String regionPrefix, String idNumber) {
        return cases.findInRegionByMember(regionPrefix, idNumber, MAX_RESULTS);
    }

    public Uni<List<AssistanceCase>> byCaseNumber(String regionPrefix, String caseNumber) {
        return cases.findByCaseNumber(caseNumber)
                .map(found -> found.filter(c -> c.countyCode().startsWith(regionPrefix)).map(List::of).orElse(List.of()));
    }

    /** The case, if it lies in the region; otherwise not found. */
    public Uni<AssistanceCase> inRegion(String regionPrefix, UUID caseId) {
        return cases.findById(caseId).map(found -> found.filter(c -> c.countyCode().startsWith(regionPrefix)))
                .map(CaseNotFound.unlessFound(caseId));
    }

    /** Applicant's ID number and contact number, unmasked: only for a caller that has just audited the request. */
    public Uni<Contact> contact(UUID caseId) {
        return cases.contact(caseId).map(found -> found.map(a -> new Contact(a[0], a[1]))).map(CaseNotFound.unlessFound(caseId));
    }

    /** Whose data a read of the case's personal data concerns, for its record; the case need not be in any region. */
    public Uni<DataSubject> dataSubject(UUID caseId) {
        return cases.dataSubject(caseId).map(found -> found.orElse(DataSubject.NONE));
    }

    /** The same for an application's documents: its case, or the owner of a draft. */
    public Uni<DataSubject> dataSubjectOfApplication(UUID applicationId, String ownerIdNumber) {
        return cases.dataSubjectOfApplication(applicationId).map(found -> found.orElseGet(() -> DataSubject.ofPerson(ownerIdNumber)));
    }

    public record Contact(String idNumber, String mobileNumber) {
    }
}
