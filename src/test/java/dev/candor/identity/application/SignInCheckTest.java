package dev.candor.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.SignInPolicy;
import dev.candor.identity.domain.SignInThrottle;
import dev.candor.identity.domain.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final String HERE = "10.0.0.1";

    /** Every hash the check asked for: what it was compared with. */
    private final List<Optional<String>> hashed = new ArrayList<>();

    private final SignInCheck check =
            new SignInCheck(
                    (password, stored) -> {
                        hashed.add(stored);
                        return stored.isPresent() && stored.get().equals("hash:" + password);
                    },
                    new SignInThrottle(new SignInPolicy(3, 10, Duration.ofMinutes(15))));

    private final User ada =
            new User("ada", "Ada", null, "hash:right", Set.of(Role.INTERVIEWER), NOW);

    @Test
    void anUnknownUsernamePaysForOnePasswordHashLikeAKnownOne() {
        check.check("nobody", Optional.empty(), "guess", HERE, NOW);
        check.check("ada", Optional.of(ada), "guess", HERE, NOW);
        assertEquals(List.of(Optional.empty(), Optional.of("hash:right")), hashed);
    }

    @Test
    void aPausedUsernameStillPaysForTheHashSoThePauseIsNotFasterToAnswer() {
        for (int i = 0; i < 3; i++) {
            check.check("ada", Optional.of(ada), "guess", HERE, NOW);
        }
        hashed.clear();
        SignInOutcome outcome = check.check("ada", Optional.of(ada), "right", HERE, NOW);
        assertEquals(SignInOutcome.Status.LOCKED, outcome.status());
        assertEquals(1, hashed.size());
    }

    @Test
    void unknownAndKnownUsernamesGetTheSameAnswersAfterTheSameFailures() {
        List<SignInOutcome> unknown = new ArrayList<>();
        List<SignInOutcome> known = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            unknown.add(check.check("nobody", Optional.empty(), "guess", HERE, NOW));
            known.add(check.check("ada", Optional.of(ada), "guess", HERE, NOW));
        }
        assertEquals(unknown, known);
        assertEquals(SignInOutcome.Status.WRONG_CREDENTIALS, known.get(0).status());
        assertEquals(SignInOutcome.Status.LOCKED, known.get(3).status());
    }

    @Test
    void thePersonAtTheirOwnAddressSignsInWhileAnotherAddressIsPaused() {
        for (int i = 0; i < 5; i++) {
            check.check("ada", Optional.of(ada), "guess", "203.0.113.9", NOW);
        }
        assertEquals(
                SignInOutcome.Status.SIGNED_IN,
                check.check("ada", Optional.of(ada), "right", HERE, NOW).status());
    }
}
