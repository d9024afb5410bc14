package cn.jiuzhu.common.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.time.ChinaTime;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999): 6-digit county of issue, 8-digit
 * birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.
 *
 * <p>The county of issue is not checked against today's divisions: codes that no longer exist
 * stay valid on the cards issued under them. A birth date after today (China's date) is refused; the methods
 * without a date use today by the system clock, services pass their clock's date.
 */
public record IdNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^\\d{6}(18|19|20)\\d{2}(0[1-9]|1[0-2])\\d{2}\\d{3}[\\dX]$");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** Well-formed: format, a real birth date, the check character. Whether it is in the future is {@link #parse}'s question. */
    public IdNumber {
        String reason = formatReason(value);
        if (reason != null) {
            throw new ApiException(ErrorCode.ID_NUMBER_INVALID, Map.of("reason", reason));
        }
    }

    /** Accepts surrounding spaces and a lower-case x, as people type them. */
    public static IdNumber parse(String input) {
        return parse(input, ChinaTime.today());
    }

    /** A number valid on {@code today}; refused with ID_NUMBER_INVALID otherwise. */
    public static IdNumber parse(String input, LocalDate today) {
        String normalised = normalise(input);
        String reason = reason(normalised, today);
        if (reason != null) {
            throw new ApiException(ErrorCode.ID_NUMBER_INVALID, Map.of("reason", reason));
        }
        return new IdNumber(normalised);
    }

    public static Optional<IdNumber> tryParse(String input) {
        return tryParse(input, ChinaTime.today());
    }

    /** The number if it is valid on {@code today}. */
    public static Optional<IdNumber> tryParse(String input, LocalDate today) {
        String normalised = normalise(input);
        return isValid(normalised, today) ? Optional.of(new IdNumber(normalised)) : Optional.empty();
    }

    public static boolean isValid(String value) {
        return isValid(value, ChinaTime.today());
    }

    public static boolean isValid(String value, LocalDate today) {
        return reason(value, today) == null;
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** The county that issued the number; it may no longer exist. */
    public String issuingCountyCode() {
        return value.substring(0, 6);
    }

    /** For display: the first 3 and last 4 characters, as a caller reads them back to the hotline. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Why a value is not a valid number, as a detail for developers; null when it is valid. */
    static String reason(String value, LocalDate today) {
        String reason = formatReason(value);
        if (reason == null && birthDateOf(value).isAfter(today)) {
            return "BIRTH_DATE_IN_FUTURE";
        }
        return reason;
    }

    private static String formatReason(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return "FORMAT";
        }
        try {
            birthDateOf(value);
        } catch (DateTimeException e) {
            return "BIRTH_DATE";
        }
        if (checkCharacter(value) != value.charAt(17)) {
            return "CHECKSUM";
        }
        return null;
    }

    private static LocalDate birthDateOf(String value) {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    private static String normalise(String input) {
        return input == null ? null : input.strip().toUpperCase(Locale.ROOT);
    }
}
