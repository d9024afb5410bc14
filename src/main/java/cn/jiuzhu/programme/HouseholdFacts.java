package cn.jiuzhu.programme;

/**
 * What an application says about the household, as far as the list of required documents depends
 * on it. Built by the application capability from the form; the catalogue turns it into documents.
 */
public record HouseholdFacts(
        boolean anyMemberDisabled,
        boolean anyMemberSeriouslyIll,
        boolean hasMedicalExpenditure,
        boolean hasEducationExpenditure,
        boolean hasRehabilitationExpenditure,
        boolean anyMemberStudent,
        boolean anyMemberUnemployed,
        boolean viaAgent,
        boolean atUsualResidence) {

    /** Whether a document under this condition is required; an optional document never is. */
    public boolean satisfies(DocumentCondition condition) {
        return switch (condition) {
            case ALWAYS -> true;
            case ANY_MEMBER_DISABLED -> anyMemberDisabled;
            case ANY_MEMBER_SERIOUSLY_ILL -> anyMemberSeriouslyIll;
            case HAS_MEDICAL_EXPENDITURE -> hasMedicalExpenditure;
            case HAS_EDUCATION_EXPENDITURE -> hasEducationExpenditure;
            case HAS_REHABILITATION_EXPENDITURE -> hasRehabilitationExpenditure;
            case ANY_MEMBER_STUDENT -> anyMemberStudent;
            case ANY_MEMBER_UNEMPLOYED -> anyMemberUnemployed;
            case VIA_AGENT -> viaAgent;
            case AT_USUAL_RESIDENCE -> atUsualResidence;
            case OPTIONAL -> false;
        };
    }
}
