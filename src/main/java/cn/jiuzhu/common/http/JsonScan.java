package cn.jiuzhu.common.http;

import cn.jiuzhu.common.validation.PlainText;

/**
 * One pass over the bytes of a JSON body before any parser builds a tree of it: how deeply it
 * nests, and whether a string in it may hold a character {@link PlainText} refuses, raw (UTF-8) or
 * escaped ({@code \u0000}, an unpaired {@code \uD800}). No recursion and no allocation, so refusing
 * a body nested 5,000 deep costs no more than reading one nested three deep. It tokenises only
 * strings and brackets; whether the JSON is valid is for the parser to say.
 */
final class JsonScan {

    enum Outcome {
        CLEAN,
        /** Some string may hold a refused character; look at the parsed tree to say which. */
        SUSPECT_TEXT,
        TOO_DEEP
    }

    private JsonScan() {
    }

    static Outcome scan(byte[] json, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        boolean suspect = false;
        int n = json.length;
        int i = 0;
        while (i < n) {
            int b = json[i] & 0xFF;
            if (!inString) {
                if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    if (++depth > maxDepth) {
                        return Outcome.TOO_DEEP;
                    }
                } else if (b == '}' || b == ']') {
                    depth--;
                }
                i++;
            } else if (b == '"') {
                inString = false;
                i++;
            } else if (b == '\\') {
                int escaped = i + 1 < n && json[i + 1] == 'u' ? hex4(json, i + 2) : -1;
                if (escaped < 0) {
                    i += 2;
                    continue;
                }
                i += 6;
                int codePoint = escaped;
                if (Character.isHighSurrogate((char) escaped)) {
                    int low = i + 1 < n && json[i] == '\\' && json[i + 1] == 'u' ? hex4(json, i + 2) : -1;
                    if (low >= 0 && Character.isLowSurrogate((char) low)) {
                        codePoint = Character.toCodePoint((char) escaped, (char) low);
                        i += 6;
                    }
                }
                suspect |= PlainText.problemWith(codePoint) != null;
            } else if (b < 0x80) {
                suspect |= PlainText.problemWith(b) != null;
                i++;
            } else {
                int length = utf8Length(json, i);
                if (length == 1) {
                    i++;
                    continue;
                }
                int codePoint = b & (0xFF >> (length + 1));
                for (int k = 1; k < length; k++) {
                    codePoint = (codePoint << 6) | (json[i + k] & 0x3F);
                }
                suspect |= PlainText.problemWith(codePoint) != null;
                i += length;
            }
        }
        return suspect ? Outcome.SUSPECT_TEXT : Outcome.CLEAN;
    }

    /** Bytes in the UTF-8 sequence starting at i; 1 when it is not one (the parser refuses it, and no quote is swallowed). */
    private static int utf8Length(byte[] json, int i) {
        int b = json[i] & 0xFF;
        int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (i + length > json.length) {
            return 1;
        }
        for (int k = 1; k < length; k++) {
            if ((json[i + k] & 0xC0) != 0x80) {
                return 1;
            }
        }
        return length;
    }

    /** The four hex digits at i as a UTF-16 unit, or -1. */
    private static int hex4(byte[] json, int i) {
        if (i + 4 > json.length) {
            return -1;
        }
        int value = 0;
        for (int k = 0; k < 4; k++) {
            int digit = Character.digit(json[i + k], 16);
            if (digit < 0) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }
}
