package cn.jiuzhu.common.error;

import java.util.Map;
import java.util.UUID;

/** Identifiers arrive as GraphQL IDs (strings). One that is not even well-formed names nothing: not found. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String value, ErrorCode notFound) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiException(notFound, Map.of("id", String.valueOf(value)));
        }
    }
}
