package dev.candor.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.identity.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SignedInPeopleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final SignInOutcome ANA =
            SignInOutcome.signedIn("ana", Set.of(Role.INTERVIEWER), "stamp");

    private final SignedInPeople people = new SignedInPeople(Duration.ofSeconds(5));
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<Optional<SignInOutcome>> database(Optional<SignInOutcome> answer) {
        return () -> {
            reads.incrementAndGet();
            return answer;
        };
    }

    @Test
    void aPersonStillSignedInIsNotReadAgainWithinTheTimeLimit() {
        people.stillSignedIn("ana", NOW, database(Optional.of(ANA)));
        Optional<SignInOutcome> again =
                people.stillSignedIn("ana", NOW.plusSeconds(4), database(Optional.empty()));

        assertEquals(Optional.of(ANA), again);
        assertEquals(1, reads.get());
    }

    @Test
    void aPersonIsReadAgainOnceTheTimeLimitHasPassed() {
        people.stillSignedIn("ana", NOW, database(Optional.of(ANA)));
        Optional<SignInOutcome> later =
                people.stillSignedIn("ana", NOW.plusSeconds(5), database(Optional.empty()));

        assertEquals(Optional.empty(), later);
        assertEquals(2, reads.get());
    }

    @Test
    void aChangeToThePersonAppliesToTheirNextRequest() {
        people.stillSignedIn("ana", NOW, database(Optional.of(ANA)));
        people.forget("ana");

        assertEquals(
                Optional.empty(),
                people.stillSignedIn("ana", NOW.plusSeconds(1), database(Optional.empty())));
        assertEquals(2, reads.get());
    }

    @Test
    void someoneNoLongerAllowedInIsNotRememberedAndIsReadEveryTime() {
        people.stillSignedIn("ana", NOW, database(Optional.empty()));
        people.stillSignedIn("ana", NOW.plusSeconds(1), database(Optional.empty()));

        assertEquals(2, reads.get());
    }

    @Test
    void aReadThatOverlapsAChangeIsNotRememberedBecauseItMayHaveSeenTheOldState() {
        people.stillSignedIn(
                "ana",
                NOW,
                () -> {
                    people.forget("bo");
                    return Optional.of(ANA);
                });
        Optional<SignInOutcome> next =
                people.stillSignedIn("ana", NOW.plusSeconds(1), database(Optional.empty()));

        assertTrue(next.isEmpty(), "the overlapping read must not have been kept");
    }
}
