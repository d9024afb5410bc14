package cn.jiuzhu.casework.record;

/**
 * What a case's investigation has on file, as far as {@link Preconditions} asks. {@code appraisalForThisStep}: an
 * appraisal recorded on the case's current version; {@code objectionsAnswered}: no objection of the publicity is open;
 * {@code servicesArranged}: a service from the county's list is arranged and not ended.
 */
public record RecordsOnFile(boolean homeVisitByTwoStaff, boolean latestVerificationPassed, boolean amountProposed,
        boolean countyVisit, boolean selfCareAssessedForEveryMember, boolean appraisalForThisStep, boolean objectionsAnswered,
        boolean servicesArranged, Review review) {

    /** Where the case's periodic review stands: pending the county's decision (continuing or stopping), or decided. */
    public record Review(boolean pendingContinuing, boolean pendingStopping, boolean decidedObjectable, boolean objectedNotStopping) {

        public static final Review NONE = new Review(false, false, false, false);
    }

    public RecordsOnFile(boolean homeVisitByTwoStaff, boolean latestVerificationPassed, boolean amountProposed, boolean countyVisit,
            boolean selfCareAssessedForEveryMember, boolean appraisalForThisStep, boolean objectionsAnswered) {
        this(homeVisitByTwoStaff, latestVerificationPassed, amountProposed, countyVisit, selfCareAssessedForEveryMember,
                appraisalForThisStep, objectionsAnswered, false, Review.NONE);
    }

    public boolean meets(Requirement requirement) {
        return switch (requirement) {
            case HOME_VISIT_BY_TWO_STAFF -> homeVisitByTwoStaff;
            case VERIFICATION_PASSED -> latestVerificationPassed;
            case PROPOSED_AMOUNT -> amountProposed;
            case COUNTY_VISIT -> countyVisit;
            case REVIEW_CONTINUING -> review.pendingContinuing();
            case REVIEW_STOPPING -> review.pendingStopping();
            case REVIEW_DECIDED -> review.decidedObjectable();
            case REVIEW_NOT_STOPPING -> review.objectedNotStopping();
            case APPRAISAL_RECORD -> appraisalForThisStep;
            case NO_UNRESOLVED_OBJECTION -> objectionsAnswered;
            case SELF_CARE_ASSESSMENT -> selfCareAssessedForEveryMember;
            case SERVICES_ARRANGED -> servicesArranged;
        };
    }
}
