package cn.jiuzhu.common.http;

import io.vertx.ext.web.RoutingContext;

/**
 * The subject of a request's verified token, left on the request by the door (identity's token check) for the routes
 * after it (rate limits count per subject). Kept here, below both, so neither reaches into the other.
 */
public final class VerifiedSubject {

    private static final String KEY = "jiuzhu.caller";

    private VerifiedSubject() {
    }

    public static void put(RoutingContext context, String subject) {
        context.put(KEY, subject);
    }

    /** The verified token's subject, or null for an anonymous request; known once the token check ran. */
    public static String of(RoutingContext context) {
        return context.get(KEY);
    }
}
