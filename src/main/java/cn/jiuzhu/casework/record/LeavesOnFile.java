package cn.jiuzhu.casework.record;

/** What a step leaves on a case's file besides its event, written in the step's transaction. */
public enum LeavesOnFile {
    NOTHING,
    /** The amount published with the first review, computed where the programme's amount is (拟保障金额). */
    PUBLISHED_AMOUNT,
    /** The decision to grant, with the decided amount where the programme's amount is computed. */
    APPROVAL,
    /** The decision to refuse, with its reasons and the day written reasons are due. */
    REFUSAL,
    /** A review that reverses a refusal revokes it. */
    REFUSAL_REVOKED,
    /** The first payment month and, where the procedure reviews, the review period and first review. */
    PAYMENT_SCHEDULE,
    /** The county's decision on the pending review: notice date, effect next month, the next review one period on. */
    REVIEW_DECISION,
    /** The household's objection to the review decided last. */
    REVIEW_OBJECTION,
    /** The county upholds the review objected to. */
    REVIEW_UPHELD,
    /** The county reverses the review objected to: its amount is withdrawn, the one before continues. */
    REVIEW_REVOKED
}
