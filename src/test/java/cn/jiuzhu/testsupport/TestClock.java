package cn.jiuzhu.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import cn.jiuzhu.common.time.StagingClock;

/**
 * The application's clock in tests: the system clock in UTC, as on a server or in a container, unless a test sets an
 * instant (and resets it after). Replaces the default clock bean for the whole test run; like it, runs ahead by the
 * staging clock's offset when one is set (tests profile: the staging clock is enabled).
 */
@Singleton
public class TestClock extends Clock {

    @Inject
    StagingClock staging;

    private volatile Instant fixed;

    /** From now until {@link #reset()}, the application's clock shows this instant. */
    public void set(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application's clock keeps its zone; ask ChinaTime for China's date");
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return (at != null ? at : Instant.now()).plus(staging.offset());
    }
}
