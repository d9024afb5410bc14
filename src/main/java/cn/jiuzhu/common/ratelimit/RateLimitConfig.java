package cn.jiuzhu.common.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-caller request budgets: a token bucket per caller that holds {@code burst} requests and refills
 * {@code perMinute} a minute. Anonymous callers (the public region picker, catalogue, self-assessment and noticeboard)
 * are counted per client address and get the smaller budget.
 */
@ConfigMapping(prefix = "jiuzhu.rate-limit")
public interface RateLimitConfig {

    /** Off only where something else limits (the benchmark measures the service's ceiling). */
    @WithDefault("true")
    boolean enabled();

    Budget anonymous();

    Budget authenticated();

    /** Callers remembered at once; the least recently seen are forgotten first (a forgotten caller starts full). */
    @WithDefault("100000")
    long maxCallers();

    interface Budget {
        long burst();

        long perMinute();

        /** How long an idle caller's bucket is kept: long enough to refill it completely. */
        default Duration idle() {
            return Duration.ofSeconds(Math.max(60, 60 * burst() / Math.max(1, perMinute())));
        }
    }
}
