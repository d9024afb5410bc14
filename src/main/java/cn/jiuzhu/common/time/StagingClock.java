package cn.jiuzhu.common.time;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.mutiny.Uni;

/**
 * The staging clock: how far the service's clock runs ahead of real time, so a front-end team can walk a case through
 * seven days of publicity in minutes. Only where {@code jiuzhu.staging-clock} is on and one of the active profiles is
 * dev, test or staging; in production (profile {@code prod} alone) it is off whatever the configuration says, its
 * operations are absent from the schema, and setting it is refused. Kept in the database so every instance and a
 * restart see the same offset.
 */
@ApplicationScoped
public class StagingClock {

    /** The clock's operations and type in the schema, left out of it where the clock cannot be moved. */
    public static final String QUERY = "stagingClock";
    public static final String MUTATION = "setStagingClock";
    public static final String TYPE = "StagingClockState";
    static final String CONFIG = "jiuzhu.staging-clock";

    /** The profiles in which the clock may be moved. */
    public static final Set<String> PROFILES = Set.of("dev", "test", "staging");
    /** At most a year ahead: enough to pass any time limit of the procedure, never a typo of decades. */
    public static final Duration MAX_OFFSET = Duration.ofDays(366);

    private static final Logger LOG = Logger.getLogger(StagingClock.class);

    private final boolean enabled;
    private final CalendarRepository store;
    private volatile Duration offset = Duration.ZERO;

    StagingClock(CalendarRepository store) {
        this.store = store;
        this.enabled = enabledByConfiguration();
        if (!enabled && ConfigProvider.getConfig().getOptionalValue(CONFIG, Boolean.class).orElse(false)) {
            LOG.warnf("%s is ignored in profiles %s: the clock can be moved in dev and staging only", CONFIG,
                    ConfigUtils.getProfiles());
        }
    }

    /** On where configured so and one of the active profiles allows it; read where no bean can be injected too. */
    public static boolean enabledByConfiguration() {
        return ConfigProvider.getConfig().getOptionalValue(CONFIG, Boolean.class).orElse(false) && allowedIn(ConfigUtils.getProfiles());
    }

    public static boolean allowedIn(List<String> profiles) {
        return profiles.stream().anyMatch(PROFILES::contains);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Zero unless enabled and moved. */
    public Duration offset() {
        return offset;
    }

    /** Moves the clock to {@code ahead} of real time (zero puts it back). STAGING_CLOCK_DISABLED in production. */
    public Uni<Duration> set(Duration ahead, String setBy) {
        if (!enabled) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.STAGING_CLOCK_DISABLED, Map.of()));
        }
        if (ahead.isNegative() || ahead.compareTo(MAX_OFFSET) > 0) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.STAGING_CLOCK_OFFSET_INVALID,
                    Map.of("maxDays", MAX_OFFSET.toDays())));
        }
        return store.saveStagingOffset(ahead.toSeconds(), setBy).invoke(() -> offset = ahead).replaceWith(ahead);
    }

    /** Reads the offset kept in the database (at start-up and on each refresh). */
    Uni<Void> refresh() {
        if (!enabled) {
            return Uni.createFrom().voidItem();
        }
        return store.stagingOffsetSeconds().invoke(seconds -> offset = Duration.ofSeconds(seconds)).replaceWithVoid();
    }
}
