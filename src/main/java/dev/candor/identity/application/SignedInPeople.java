package dev.candor.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Who is still allowed in, as last read from the database, kept for a few seconds: every request of
 * a signed-in page or script asks, and an interviewer's autosave would otherwise spend a database
 * round trip on it each time. A change to a person (deactivation, roles) is {@linkplain #forget
 * forgotten} at once, so it still applies to their next request; the time limit only bounds changes
 * made outside this server.
 *
 * <p>A read that started before a change and ends after it is not remembered: it may have seen the
 * old state.
 */
public final class SignedInPeople {

    private record Remembered(SignInOutcome outcome, Instant until) {}

    private final Duration keepFor;
    private final Map<String, Remembered> people = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    public SignedInPeople(Duration keepFor) {
        this.keepFor = keepFor;
    }

    /**
     * The remembered outcome while it is fresh, otherwise what {@code read} says now. Only people
     * still signed in are remembered: anyone else is read again, and their session ends anyway.
     */
    public Optional<SignInOutcome> stillSignedIn(
            String username, Instant now, Supplier<Optional<SignInOutcome>> read) {
        Remembered remembered = people.get(username);
        if (remembered != null && now.isBefore(remembered.until())) {
            return Optional.of(remembered.outcome());
        }
        long changesBefore = changes.get();
        Optional<SignInOutcome> current = read.get();
        if (current.isEmpty()) {
            people.remove(username);
            return current;
        }
        people.put(username, new Remembered(current.get(), now.plus(keepFor)));
        // Checked after the put: a change that slipped in between the read and the put takes the
        // entry back out.
        if (changes.get() != changesBefore) {
            people.remove(username);
        }
        return current;
    }

    /** This person changed: the next request reads them again. */
    public void forget(String username) {
        changes.incrementAndGet();
        people.remove(username);
    }
}
