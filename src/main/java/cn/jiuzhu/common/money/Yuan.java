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
 *
 * <p>Rounding rule, the only one: a benefit is computed exactly (per-capita income, per-person gaps and
 * thresholds are never rounded on the way) and only the household's monthly amount is rounded, once, at
 * the end, to the fen (分) with {@link RoundingMode#HALF_UP} ({@link #toFen}). Rounding per person first
 * can move the household's amount by a fen per member, and a resident checking the sum by hand would
 * see a different figure.
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

    /** How a computed amount is brought to the fen: half up, as a resident rounds by hand. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    /** An exact computed amount rounded to the fen by {@link #ROUNDING}; the last step of every benefit. */
    public static BigDecimal toFen(BigDecimal exact) {
        return exact.setScale(2, ROUNDING);
    }

    /** {@code "669.00"}; null stays null. */
    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
