package dev.candor.identity.domain;

import java.time.Duration;

/**
 * How many wrong passwords pause signing in, and for how long: {@code maxFailures} in a row for one
 * username from one client address, {@code maxFailuresPerAddress} for any usernames from one
 * address.
 */
public record SignInPolicy(int maxFailures, int maxFailuresPerAddress, Duration lockDuration) {

    public SignInPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (maxFailuresPerAddress < maxFailures) {
            throw new IllegalArgumentException(
                    "maxFailuresPerAddress must be at least maxFailures");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
