package cn.jiuzhu.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class NotificationOutboxTest {

    @Test
    void theFirstRetryWaitsThirtySecondsAndEachFurtherOneTwiceAsLong() {
        assertThat(NotificationOutbox.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(NotificationOutbox.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(NotificationOutbox.backoff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(NotificationOutbox.backoff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(NotificationOutbox.backoff(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void noRetryWaitsLongerThanAnHour() {
        // 30 s × 2^7 would be 64 minutes.
        assertThat(NotificationOutbox.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(NotificationOutbox.backoff(NotificationOutbox.MAX_ATTEMPTS)).isEqualTo(Duration.ofHours(1));
        assertThat(NotificationOutbox.backoff(100)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void delaysNeverShrinkFromOneAttemptToTheNext() {
        for (int attempt = 1; attempt < NotificationOutbox.MAX_ATTEMPTS; attempt++) {
            assertThat(NotificationOutbox.backoff(attempt + 1)).as("after attempt %d", attempt + 1)
                    .isGreaterThanOrEqualTo(NotificationOutbox.backoff(attempt));
        }
    }
}
