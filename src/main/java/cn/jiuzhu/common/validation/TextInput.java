package cn.jiuzhu.common.validation;

import java.util.Map;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

/**
 * Free text typed into a form (a summary, findings, an answer, a reason): stripped, blank read as not
 * given, and no longer than its column once stripped (VALIDATION_FAILED with the field and maxLength).
 * What a missing required text is called differs by workflow: FIELD_REQUIRED naming the field for
 * records and calls, REASON_REQUIRED where the text is the reason for a step.
 */
public final class TextInput {

    private TextInput() {
    }

    /** The text stripped, or null when blank. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", field, "maxLength", maxLength));
        }
        return text;
    }

    /** The text stripped; blank is FIELD_REQUIRED with the field and its name as the resident reads it. */
    public static String required(String field, String fieldName, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new ApiException(ErrorCode.FIELD_REQUIRED, Map.of("field", field, "fieldName", fieldName));
        }
        return text;
    }

    /** The text stripped; blank is REASON_REQUIRED with the field. */
    public static String requiredReason(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new ApiException(ErrorCode.REASON_REQUIRED, Map.of("field", field));
        }
        return text;
    }
}
