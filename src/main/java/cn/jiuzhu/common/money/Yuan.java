package cn.jiuzhu.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Pattern;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

/**
 * Money in the API: yuan (元) as a decimal string with at most two decimals and never negative,
 * e.g. {@code "669.00"}; a {@link BigDecimal} in Java and {@code numeric} in PostgreSQL, never a float.
 */
public final class Yuan {

    private static final Pattern FORMAT = Pattern.compile("^\\d{1,9}(\\.\\d{1,2})?$");

    private Yuan() {
    }

    /** The amount typed in {@code field}, or MONEY_INVALID naming the field. */
    public static BigDecimal parse(String field, String value) {
        if (value == null || !FORMAT.matcher(value.strip()).matches()) {
            throw new ApiException(ErrorCode.MONEY_INVALID, Map.of("field", field, "given", String.valueOf(value)));
        }
        return new BigDecimal(value.strip()).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code "669.00"}; null stays null. */
    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
