package cn.jiuzhu.benefit;

import java.util.List;

/**
 * The household an amount is computed for, and how it was established: as declared (no finding on file), or as the
 * office verified it, with the corrections of declared figures the trace shows first.
 *
 * @param verifiedBy null when the household is as declared
 */
public record CountedHousehold(Household household, List<Correction> corrections, FindingSource verifiedBy) {

    public CountedHousehold {
        corrections = List.copyOf(corrections);
    }

    public static CountedHousehold declared(Household household) {
        return new CountedHousehold(household, List.of(), null);
    }

    public static CountedHousehold of(HouseholdFinding finding) {
        return new CountedHousehold(finding.household().typed(), finding.corrections(), finding.source());
    }
}
