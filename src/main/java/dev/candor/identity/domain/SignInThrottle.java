package dev.candor.identity.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pauses signing in after repeated wrong passwords, keyed by what an attacker controls rather than
 * by the victim: one username from one client address, and one client address for all usernames.
 * Someone guessing from elsewhere therefore cannot lock a person out of their interview; known and
 * unknown usernames are paused alike, so the pause reveals nothing about who has an account.
 *
 * <p>Kept in memory: a restart forgets the counts, and the table is bounded so that a flood of
 * made-up names cannot exhaust memory.
 */
public final class SignInThrottle {

    static final int MAX_TRACKED = 10_000;

    private static final class Count {
        private int failures;
        private Instant pausedUntil;
    }

    private final SignInPolicy policy;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public SignInThrottle(SignInPolicy policy) {
        this.policy = policy;
    }

    /** Until when sign-ins of this username from this address are refused, if they are now. */
    public Optional<Instant> pausedUntil(String username, String address, Instant now) {
        Instant pair = pausedUntil(pairKey(username, address), now);
        Instant any = pausedUntil(addressKey(address), now);
        if (pair == null) {
            return Optional.ofNullable(any);
        }
        return Optional.of(any == null || pair.isAfter(any) ? pair : any);
    }

    public void recordFailure(String username, String address, Instant now) {
        if (counts.size() >= MAX_TRACKED) {
            forgetExpired(now);
        }
        count(pairKey(username, address), policy.maxFailures(), now);
        count(addressKey(address), policy.maxFailuresPerAddress(), now);
    }

    /** The right password ends this username's run of failures from this address. */
    public void recordSuccess(String username, String address) {
        counts.remove(pairKey(username, address));
    }

    private Instant pausedUntil(String key, Instant now) {
        Count count = counts.get(key);
        if (count == null) {
            return null;
        }
        synchronized (count) {
            return count.pausedUntil != null && now.isBefore(count.pausedUntil)
                    ? count.pausedUntil
                    : null;
        }
    }

    private void count(String key, int limit, Instant now) {
        Count count = counts.computeIfAbsent(key, k -> new Count());
        synchronized (count) {
            if (count.pausedUntil != null && !now.isBefore(count.pausedUntil)) {
                count.pausedUntil = null;
                count.failures = 0;
            }
            if (count.pausedUntil != null) {
                return;
            }
            count.failures++;
            if (count.failures >= limit) {
                count.pausedUntil = now.plus(policy.lockDuration());
            }
        }
    }

    /**
     * Drops counts whose pause is over or that never reached one; if the table is still full, the
     * oldest knowledge is the least useful, so it starts afresh.
     */
    private void forgetExpired(Instant now) {
        counts.entrySet()
                .removeIf(
                        entry -> {
                            Count count = entry.getValue();
                            synchronized (count) {
                                return count.pausedUntil == null
                                        || !now.isBefore(count.pausedUntil);
                            }
                        });
        if (counts.size() >= MAX_TRACKED) {
            counts.clear();
        }
    }

    int tracked() {
        return counts.size();
    }

    private static String pairKey(String username, String address) {
        return "user:" + address + "/" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
