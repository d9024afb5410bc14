package cn.jiuzhu.common.error;

/**
 * Every rejection the service can give, as a stable code that clients switch on. The Chinese text
 * a resident reads lives in {@code messages/errors.properties} under the same name.
 *
 * <p>Codes are part of the front-end contract: add new ones freely, never rename or remove one.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    REQUEST_MALFORMED(400),
    QUERY_INVALID(400),
    QUERY_TOO_COMPLEX(400),
    ID_NUMBER_INVALID(400),
    MOBILE_NUMBER_INVALID(400),
    REGION_CODE_INVALID(400),
    REGION_LEVEL_MISMATCH(400),
    RESIDENCE_VILLAGE_REQUIRED(400),
    PAGE_SIZE_INVALID(400),
    CURSOR_INVALID(400),
    FIELD_REQUIRED(400),
    MONEY_INVALID(400),
    AMOUNT_OUT_OF_RANGE(400),
    HOUSEHOLD_SIZE_INVALID(400),
    MEMBER_DUPLICATED(400),
    APPLICANT_MISSING(400),
    DECLARATIONS_MISSING(400),
    AGENT_REQUIRED(400),
    ANSWER_INVALID(400),
    REASON_REQUIRED(400),
    IDEMPOTENCY_KEY_INVALID(400),
    HOME_VISIT_STAFF_TOO_FEW(400),
    APPRAISAL_PARTICIPANTS_TOO_FEW(400),
    OPERATOR_CANNOT_DECLARE(400),
    ATTACHMENT_EMPTY(400),
    ATTACHMENT_TOO_LARGE(413),
    ATTACHMENT_TYPE_NOT_ALLOWED(415),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    REGION_NOT_FOUND(404),
    OFFICE_NOT_FOUND(404),
    APPLICATION_NOT_FOUND(404),
    CASE_NOT_FOUND(404),
    ATTACHMENT_NOT_FOUND(404),
    APPLICATION_NOT_DRAFT(409),
    VERSION_CONFLICT(409),
    OPEN_CASE_EXISTS(409),
    CASE_ACTION_NOT_ALLOWED(409),
    IDEMPOTENCY_KEY_REUSED(409),
    ROLE_OFFICE_MISMATCH(400),
    NO_RESPONSIBLE_OFFICE(409),
    CASE_CHANGED(409),
    OUTSIDE_JURISDICTION(403),
    PRECONDITION_MISSING(409),
    PUBLICITY_NOT_OVER(409),
    REFERRAL_NOT_FOUND(404),
    REFERRAL_CHANGED(409),
    REFERRAL_ACTION_NOT_ALLOWED(409),
    REFERRAL_PENDING(409),
    CHARITY_REFERRAL_NOT_FOUND(404),
    CHARITY_REFERRAL_ANSWERED(409),
    CHARITY_REFERRAL_PENDING(409),
    WORK_ORDER_NOT_FOUND(404),
    WORK_ORDER_CHANGED(409),
    WORK_ORDER_ACTION_NOT_ALLOWED(409),
    WORK_ORDER_NOT_ANSWERED(409),
    REPORT_FEEDBACK_REQUIRED(409),
    WORK_ORDER_CATEGORY_NOT_ALLOWED(409),
    OUTREACH_TASK_NOT_FOUND(404),
    OUTREACH_TASK_VISITED(409),
    STANDARD_NOT_SET(409),
    STANDARD_INVALID(400),
    EFFECTIVE_DATE_INVALID(400),
    FILING_NOT_FOUND(404),
    FILING_PENDING(409),
    FILING_ALREADY_REVIEWED(409),
    SERVICE_ITEM_NOT_FOUND(404),
    SERVICE_NOT_ARRANGEABLE(409),
    SERVICE_ARRANGEMENT_NOT_FOUND(404),
    SELF_ASSESSMENT_INVALID(400),
    CORRECTION_EVIDENCE_REQUIRED(400),
    AMOUNT_COMPUTED(409),
    CALENDAR_INVALID(400),
    STAGING_CLOCK_DISABLED(403),
    STAGING_CLOCK_OFFSET_INVALID(400),
    TEXT_INVALID(400),
    CONTENT_TYPE_UNSUPPORTED(415),
    REQUEST_TOO_LARGE(413),
    SUBSCRIPTION_REQUIRES_WEBSOCKET(400),
    RATE_LIMITED(429, true),
    SERVICE_UNAVAILABLE(503, true),
    INTERNAL_ERROR(500);

    private final int httpStatus;
    private final boolean retryable;

    ErrorCode(int httpStatus) {
        this(httpStatus, false);
    }

    ErrorCode(int httpStatus, boolean retryable) {
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The same request may succeed later, unchanged: the client keeps what the person entered and
     * sends it again (with the same idempotency key) after waiting.
     */
    public boolean retryable() {
        return retryable;
    }
}
