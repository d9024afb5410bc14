package cn.jiuzhu.identity.http;

import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.jiuzhu.common.error.ApiError;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.ErrorTranslator;
import cn.jiuzhu.common.http.Refusals;
import cn.jiuzhu.common.http.VerifiedSubject;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The door every HTTP request passes: a request that presents a token is authenticated here, before any endpoint
 * runs, so a forged, expired or foreign token is refused with 401 everywhere (public queries included) and a token
 * whose claims do not hold ({@link cn.jiuzhu.identity.TokenRules}: a caseworker token naming a county bureau, an
 * unknown office, a resident without a valid ID number) with 403. Requests without a token pass as anonymous; each
 * endpoint decides whether that is enough.
 *
 * <p>Authentication stays lazy for Quarkus (quarkus.http.auth.proactive=false) so that this route, not Quarkus'
 * default handler, answers: Quarkus' authentication filter (order -200) has placed the deferred identity, which this
 * route resolves once; the endpoints later read the same, memoised, identity.
 */
@ApplicationScoped
public class BearerTokenGate {

    static final int ORDER = -150;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            context.next();
            return;
        }
        // Quarkus answers a failed authentication through this handler of the request; ours gives the coded body.
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) BearerTokenGate::refuse);
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(identity -> admit(context, identity),
                failure -> refuse(context, failure));
    }

    private static void admit(RoutingContext context, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            refuse(context, null);
            return;
        }
        VerifiedSubject.put(context, identity.getPrincipal().getName());
        context.next();
    }

    private static void refuse(RoutingContext context, Throwable failure) {
        if (context.response().headWritten()) {
            return;
        }
        ApiException claims = find(failure);
        if (claims != null) {
            Refusals.send(context, 403, ErrorTranslator.translate(claims), Map.of());
            return;
        }
        ApiError translated = failure == null ? null : ErrorTranslator.translate(failure);
        if (translated != null && translated.code().equals(ErrorCode.SERVICE_UNAVAILABLE.name())) {
            // The token's office could not be read: the database is away, not the token wrong. GraphQL answers its
            // errors with 200, REST with the code's status.
            int status = context.normalizedPath().startsWith("/graphql") ? 200 : translated.status();
            Refusals.send(context, status, translated, Map.of("Retry-After", String.valueOf(translated.details().get("retryAfterSeconds"))));
            return;
        }
        ApiError unauthenticated = ErrorTranslator.translate(new ApiException(ErrorCode.UNAUTHENTICATED,
                Map.of("reason", "TOKEN_INVALID")));
        Refusals.send(context, 401, unauthenticated, Map.of("WWW-Authenticate", "Bearer"));
    }

    private static ApiException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException e) {
                return e;
            }
        }
        return null;
    }
}
