package cn.jiuzhu.common.validation;

import java.util.Map;
import java.util.regex.Pattern;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

/** A mainland China mobile number: 11 digits starting 13–19. Stored without country code. */
public record MobileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^1[3-9]\\d{9}$");

    public MobileNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ApiException(ErrorCode.MOBILE_NUMBER_INVALID, Map.of());
        }
    }

    /** Accepts what people type: spaces, hyphens, a +86 or 0086 prefix. */
    public static MobileNumber parse(String input) {
        return new MobileNumber(normalise(input));
    }

    public static boolean isValid(String input) {
        String n = normalise(input);
        return n != null && FORMAT.matcher(n).matches();
    }

    /** 138****5678 */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }

    static String normalise(String input) {
        if (input == null) {
            return null;
        }
        String digits = input.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits;
    }
}
