package cn.jiuzhu.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the staging clock may run: decided by the active profiles, whatever the configuration says. */
class StagingClockProfilesTest {

    @Test
    void theClockMovesInDevTestsAndStagingOnly() {
        assertThat(StagingClock.allowedIn(List.of("prod"))).isFalse();
        assertThat(StagingClock.allowedIn(List.of("prod", "staging"))).as("QUARKUS_PROFILE=prod,staging").isTrue();
        assertThat(StagingClock.allowedIn(List.of("dev"))).isTrue();
        assertThat(StagingClock.allowedIn(List.of("test"))).isTrue();
        assertThat(StagingClock.allowedIn(List.of("production", "prod-eu"))).isFalse();
    }
}
