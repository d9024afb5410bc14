package cn.jiuzhu.common.error;

import java.util.Map;

/**
 * A rejection with a stable {@link ErrorCode}. Services throw it (or fail a {@code Uni} with it);
 * the REST and GraphQL layers turn it into the same error body.
 *
 * @see ErrorTranslator
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> details;

    /** @param details facts for developers and for the form that failed (field names, limits); no personal data. */
    public ApiException(ErrorCode code, Map<String, Object> details) {
        super(Messages.of(code, details));
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public ApiException(ErrorCode code) {
        this(code, Map.of());
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
