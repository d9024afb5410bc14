package cn.jiuzhu.common.error;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        this.details = details == null ? Map.of() : jsonSafe(details);
    }

    public ApiException(ErrorCode code) {
        this(code, Map.of());
    }

    /**
     * Details travel as JSON through two different writers (Jackson for REST, JSON-P for GraphQL
     * extensions); JSON-P knows only strings, numbers, booleans, lists and maps. Anything else
     * (UUIDs, enums, dates) is written as its string form here, once.
     */
    static Map<String, Object> jsonSafe(Map<String, ?> details) {
        Map<String, Object> safe = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (value != null) {
                safe.put(key, jsonValue(value));
            }
        });
        return Collections.unmodifiableMap(safe);
    }

    private static Object jsonValue(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> nested = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    nested.put(String.valueOf(k), jsonValue(v));
                }
            });
            return nested;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(v -> v == null ? "" : jsonValue(v)).toList();
        }
        return value.toString();
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
