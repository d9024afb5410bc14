package cn.jiuzhu.common.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.ErrorTranslator;
import cn.jiuzhu.common.http.Refusals;
import cn.jiuzhu.common.http.VerifiedSubject;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request budget per caller on every endpoint, right after the token is checked: a signed-in caller by the token's
 * subject, an anonymous one by the client's address (behind a proxy, the forwarded address when
 * quarkus.http.proxy.proxy-address-forwarding is on). Over budget: HTTP 429 with Retry-After and RATE_LIMITED.
 *
 * <p>Buckets are Bucket4j's lock-free local token buckets, kept in a size-bounded Caffeine cache, so a flood of new
 * addresses cannot grow memory without bound. Each instance counts its own callers: behind a load balancer with n
 * instances a caller gets up to n times the budget, which is fine for wearing-down protection; the audited operations
 * (unmasking) have their own limit kept in the database.
 */
@ApplicationScoped
public class RateLimits {

    static final int ORDER = -140;

    private final RateLimitConfig config;
    private final Cache<String, Bucket> anonymous;
    private final Cache<String, Bucket> authenticated;

    public RateLimits(RateLimitConfig config) {
        this.config = config;
        this.anonymous = cache(config.anonymous(), config.maxCallers());
        this.authenticated = cache(config.authenticated(), config.maxCallers());
    }

    void register(@Observes Router router) {
        if (config.enabled()) {
            router.route().order(ORDER).handler(this::check);
        }
    }

    private void check(RoutingContext context) {
        if (context.normalizedPath().startsWith("/q/health")) {
            context.next();
            return;
        }
        String subject = VerifiedSubject.of(context);
        ConsumptionProbe probe = subject != null
                ? authenticated.get(subject, k -> bucket(config.authenticated())).tryConsumeAndReturnRemaining(1)
                : anonymous.get(addressOf(context), k -> bucket(config.anonymous())).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        var error = ErrorTranslator.translate(new ApiException(ErrorCode.RATE_LIMITED, Map.of("retryAfterSeconds", retryAfter)));
        Refusals.send(context, 429, error, Map.of("Retry-After", Long.toString(retryAfter)));
    }

    private static String addressOf(RoutingContext context) {
        var address = context.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    private static Bucket bucket(RateLimitConfig.Budget budget) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(budget.burst())
                .refillGreedy(budget.perMinute(), Duration.ofMinutes(1)).build()).build();
    }

    private static Cache<String, Bucket> cache(RateLimitConfig.Budget budget, long maxCallers) {
        return Caffeine.newBuilder().maximumSize(maxCallers).expireAfterAccess(budget.idle()).build();
    }
}
