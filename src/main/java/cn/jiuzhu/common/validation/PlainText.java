package cn.jiuzhu.common.validation;

import java.util.Map;
import java.util.Optional;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

/**
 * What typed text may hold. Nobody types a control character or a bidirectional control: they come
 * from broken clients, or from someone who wants a name to read differently on a staff console from
 * what is stored (U+202E shows the rest of a name backwards). PostgreSQL refuses NUL outright, so it
 * would otherwise fail deep inside a save. Tab and line breaks belong in free text (findings,
 * reasons), not in a name.
 */
public final class PlainText {

    /** Why a text was refused: {@code details.reason} of TEXT_INVALID. */
    public enum Problem {
        /** C0 controls other than tab, LF and CR; DEL; C1 controls (U+0080–U+009F). */
        CONTROL_CHARACTER,
        /** U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C. */
        BIDI_CONTROL,
        /** Half of a UTF-16 surrogate pair, which is no character at all. */
        UNPAIRED_SURROGATE,
        /** A tab or line break in a name. */
        TAB_OR_LINE_BREAK
    }

    private PlainText() {
    }

    /** Free text: anything but the characters {@link #problemWith(int)} refuses. */
    public static Optional<Problem> inText(CharSequence text) {
        return Optional.ofNullable(first(text, false));
    }

    /** A name: as free text, and on one line without tabs. */
    public static Optional<Problem> inName(CharSequence text) {
        return Optional.ofNullable(first(text, true));
    }

    /** Refuses a name (or a code) with a problem as TEXT_INVALID, naming the field and the reason; null passes. */
    public static void requireName(String field, String value) {
        inName(value).ifPresent(problem -> {
            throw new ApiException(ErrorCode.TEXT_INVALID, Map.of("field", field, "reason", problem.name()));
        });
    }

    /** The problem with one code point in free text, or null; a surrogate code point is an unpaired half. */
    public static Problem problemWith(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint == '\t' || codePoint == '\n' || codePoint == '\r' ? null : Problem.CONTROL_CHARACTER;
        }
        if (codePoint < 0x7F) {
            return null;
        }
        if (codePoint <= 0x9F) {
            return Problem.CONTROL_CHARACTER;
        }
        if (codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
            return Problem.BIDI_CONTROL;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return Problem.UNPAIRED_SURROGATE;
        }
        return null;
    }

    private static Problem first(CharSequence text, boolean name) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(++i));
            }
            Problem problem = problemWith(codePoint);
            if (problem == null && name && breaksTheLine(codePoint)) {
                problem = Problem.TAB_OR_LINE_BREAK;
            }
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static boolean breaksTheLine(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r' || codePoint == 0x2028 || codePoint == 0x2029;
    }
}
