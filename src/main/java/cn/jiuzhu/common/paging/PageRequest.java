package cn.jiuzhu.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

/**
 * Keyset pagination: {@code first} items after an opaque cursor. The cursor wraps the sort key of
 * the last item seen, so pages stay stable while rows are added, and no OFFSET scan is needed.
 */
public record PageRequest(int first, String afterKey) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String afterCursor) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw new ApiException(ErrorCode.PAGE_SIZE_INVALID, Map.of("max", MAX_SIZE, "given", size));
        }
        return new PageRequest(size, afterCursor == null || afterCursor.isEmpty() ? null : decode(afterCursor));
    }

    /** How many rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return first + 1;
    }

    public <T> Page<T> toPage(List<T> fetched, Function<T, String> key) {
        boolean more = fetched.size() > first;
        List<T> items = more ? fetched.subList(0, first) : fetched;
        String end = items.isEmpty() ? null : encode(key.apply(items.get(items.size() - 1)));
        return new Page<>(List.copyOf(items), new PageInfo(end, more));
    }

    /**
     * Where a page of items sorted by (key, id) starts: after the key and id of the previous page's last
     * item, read from the cursor; both null on the first page. CURSOR_INVALID when either does not parse.
     */
    public <K, I> Keyset<K, I> after(Function<String, K> key, Function<String, I> id) {
        if (afterKey == null) {
            return new Keyset<>(null, null);
        }
        String[] parts = afterKey.split("\\|", 2);
        try {
            return new Keyset<>(key.apply(parts[0]), id.apply(parts[1]));
        } catch (RuntimeException e) {
            throw new ApiException(ErrorCode.CURSOR_INVALID);
        }
    }

    /** The cursor key of an item in a page sorted by (key, id), read back by {@link #after}. */
    public static String keyset(Object key, Object id) {
        return key + "|" + id;
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("k:")) {
                return raw.substring(2);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the coded rejection below
        }
        throw new ApiException(ErrorCode.CURSOR_INVALID, Map.of());
    }

    public record Page<T>(List<T> items, PageInfo pageInfo) {
    }

    /** The sort key and id of the last item seen; both null before the first page. */
    public record Keyset<K, I>(K key, I id) {

        public boolean atStart() {
            return key == null;
        }
    }
}
