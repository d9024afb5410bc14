package cn.jiuzhu.casework.record;

/** What a case's investigation has on file, as far as {@link Preconditions} asks. */
public record RecordsOnFile(boolean homeVisitByTwoStaff, boolean latestVerificationPassed, boolean amountProposed,
        boolean countyVisit, boolean selfCareAssessedForEveryMember) {

    public boolean meets(Requirement requirement) {
        return switch (requirement) {
            case HOME_VISIT_BY_TWO_STAFF -> homeVisitByTwoStaff;
            case VERIFICATION_PASSED -> latestVerificationPassed;
            case PROPOSED_AMOUNT -> amountProposed;
            case COUNTY_VISIT -> countyVisit;
            case SELF_CARE_ASSESSMENT -> selfCareAssessedForEveryMember;
        };
    }
}
