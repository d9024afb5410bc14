package cn.jiuzhu.common.graphql;

import java.util.Map;

/**
 * The size of a result's data as JSON, estimated by walking it rather than writing it, and only
 * as far as needed to know it is over a limit. Strings count their UTF-8 bytes (a Chinese
 * character is three) and quotes; escapes are not counted, a comma too many per object or list is.
 */
final class ResponseSize {

    private final long stopAfter;
    private long bytes;

    private ResponseSize(long stopAfter) {
        this.stopAfter = stopAfter;
    }

    static boolean exceeds(Object data, long limit) {
        return estimate(data, limit) > limit;
    }

    /** The estimated size, or a figure past {@code stopAfter} as soon as the walk gets there. */
    static long estimate(Object data, long stopAfter) {
        ResponseSize size = new ResponseSize(stopAfter);
        size.add(data);
        return size.bytes;
    }

    private void add(Object value) {
        if (bytes > stopAfter) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            bytes += 2;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (bytes > stopAfter) {
                    return;
                }
                bytes += utf8(String.valueOf(entry.getKey())) + 4;
                add(entry.getValue());
            }
        } else if (value instanceof Iterable<?> list) {
            bytes += 2;
            for (Object item : list) {
                if (bytes > stopAfter) {
                    return;
                }
                bytes += 1;
                add(item);
            }
        } else if (value == null) {
            bytes += 4;
        } else if (value instanceof CharSequence text) {
            bytes += utf8(text) + 2;
        } else {
            bytes += String.valueOf(value).length();
        }
    }

    private static long utf8(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
