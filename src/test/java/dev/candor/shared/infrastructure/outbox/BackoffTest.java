package dev.candor.shared.infrastructure.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theFirstRetryWaitsAMinuteAndEachNextOneTwiceAsLong() {
        assertEquals(Duration.ofMinutes(1), Backoff.after(1));
        assertEquals(Duration.ofMinutes(2), Backoff.after(2));
        assertEquals(Duration.ofMinutes(8), Backoff.after(4));
    }

    @Test
    void noWaitIsLongerThanSixHours() {
        assertEquals(Duration.ofHours(6), Backoff.after(12));
        assertEquals(Duration.ofHours(6), Backoff.after(1000));
    }
}
