package cn.jiuzhu.benefit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One recorded finding of a case's household: as found, the corrections of declared figures it makes (each with its
 * source), and who recorded it. The latest finding of a case is the household its amounts are computed for.
 */
public record HouseholdFinding(long id, UUID caseId, FindingSource source, String evidence, FoundHousehold household,
        List<Correction> corrections, String recordedBy, OffsetDateTime recordedAt) {

    public HouseholdFinding {
        corrections = List.copyOf(corrections);
    }
}
