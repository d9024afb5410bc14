package cn.jiuzhu.casework.record;

/**
 * What a case's investigation has on file, as far as {@link Preconditions} asks. {@code appraisalForThisStep}: an
 * appraisal recorded on the case's current version; {@code objectionsAnswered}: no objection of the publicity is open.
 */
public record RecordsOnFile(boolean homeVisitByTwoStaff, boolean latestVerificationPassed, boolean amountProposed,
        boolean countyVisit, boolean appraisalForThisStep, boolean objectionsAnswered) {

    public boolean meets(Requirement requirement) {
        return switch (requirement) {
            case HOME_VISIT_BY_TWO_STAFF -> homeVisitByTwoStaff;
            case VERIFICATION_PASSED -> latestVerificationPassed;
            case PROPOSED_AMOUNT -> amountProposed;
            case COUNTY_VISIT -> countyVisit;
            case APPRAISAL_RECORD -> appraisalForThisStep;
            case NO_UNRESOLVED_OBJECTION -> objectionsAnswered;
        };
    }
}
