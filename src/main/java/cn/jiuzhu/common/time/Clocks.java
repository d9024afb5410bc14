package cn.jiuzhu.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock of the application, in China time. Where the {@link StagingClock} is enabled it runs ahead by its
 * offset; in production it is the system clock itself. A test may replace it with its own bean.
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(StagingClock staging) {
        return staging.enabled() ? new Ahead(ChinaTime.system(), staging) : ChinaTime.system();
    }

    /** A clock ahead of another by the staging offset of the moment. */
    static final class Ahead extends Clock {

        private final Clock base;
        private final StagingClock staging;

        Ahead(Clock base, StagingClock staging) {
            this.base = base;
            this.staging = staging;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Ahead(base.withZone(zone), staging);
        }

        @Override
        public Instant instant() {
            return base.instant().plus(staging.offset());
        }
    }
}
