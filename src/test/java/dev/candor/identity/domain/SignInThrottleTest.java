package dev.candor.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final SignInThrottle throttle = new SignInThrottle(new SignInPolicy(3, 5, LOCK));

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address, NOW);
        }
    }

    @Test
    void wrongPasswordsFromOneAddressPauseThatUsernameThereForTheLockDuration() {
        fail("ada", "10.0.0.1", 2);
        assertEquals(Optional.empty(), throttle.pausedUntil("ada", "10.0.0.1", NOW));
        fail("ada", "10.0.0.1", 1);
        assertEquals(Optional.of(NOW.plus(LOCK)), throttle.pausedUntil("ada", "10.0.0.1", NOW));
        assertEquals(
                Optional.empty(),
                throttle.pausedUntil("ada", "10.0.0.1", NOW.plus(LOCK)),
                "the pause ends");
    }

    @Test
    void someoneGuessingFromElsewhereCannotLockThePersonOutAtTheirOwnAddress() {
        fail("ada", "203.0.113.9", 3);
        assertTrue(throttle.pausedUntil("ada", "203.0.113.9", NOW).isPresent());
        assertEquals(Optional.empty(), throttle.pausedUntil("ada", "10.0.0.1", NOW));
    }

    @Test
    void oneAddressTryingManyUsernamesIsPausedForAllOfThem() {
        fail("ada", "203.0.113.9", 2);
        fail("bob", "203.0.113.9", 2);
        fail("cyd", "203.0.113.9", 1);
        assertTrue(throttle.pausedUntil("dan", "203.0.113.9", NOW).isPresent());
        assertEquals(Optional.empty(), throttle.pausedUntil("dan", "10.0.0.1", NOW));
    }

    @Test
    void theRightPasswordEndsTheRunOfFailuresForThatUsernameAndAddress() {
        fail("ada", "10.0.0.1", 2);
        throttle.recordSuccess("ada", "10.0.0.1");
        fail("ada", "10.0.0.1", 2);
        assertEquals(Optional.empty(), throttle.pausedUntil("ada", "10.0.0.1", NOW));
    }

    @Test
    void aFloodOfMadeUpNamesFromManyAddressesStaysWithinTheTableBound() {
        for (int i = 0; i < SignInThrottle.MAX_TRACKED * 2; i++) {
            throttle.recordFailure("user" + i, "10.1." + (i / 250) + "." + (i % 250), NOW);
        }
        assertTrue(throttle.tracked() <= SignInThrottle.MAX_TRACKED + 2, "" + throttle.tracked());
    }
}
