package dev.candor.shared.infrastructure.outbox;

import java.time.Duration;

/**
 * How long a failed message waits before its next attempt: one minute after the first failure,
 * doubling each time, never more than six hours.
 */
public final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(6);

    private Backoff() {}

    /** The wait after the given number of attempts (1 = the first attempt failed). */
    public static Duration after(int attempts) {
        if (attempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - 1, 20);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
