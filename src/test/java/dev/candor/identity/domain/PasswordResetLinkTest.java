package dev.candor.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordResetLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private final User person =
            new User("ivan", "Ivan Petrov", null, "hash", Set.of(Role.INTERVIEWER), NOW);

    private PasswordResetLink issue() {
        return PasswordResetLink.issue(person, "admin", NOW, DAY).link();
    }

    @Test
    void aNewLinkIsUsableUntilJustBeforeItExpires() {
        PasswordResetLink link = issue();
        assertEquals(NOW.plus(DAY), link.getExpiresAt());
        assertEquals(PasswordResetLink.State.USABLE, link.stateAt(NOW));
        assertEquals(PasswordResetLink.State.USABLE, link.stateAt(NOW.plus(DAY).minusNanos(1_000)));
    }

    @Test
    void aLinkHasExpiredFromTheMomentItsValidityEnds() {
        PasswordResetLink link = issue();
        assertEquals(PasswordResetLink.State.EXPIRED, link.stateAt(NOW.plus(DAY)));
        assertThrows(IllegalStateException.class, () -> link.use(NOW.plus(DAY)));
    }

    @Test
    void aLinkWorksOnlyOnce() {
        PasswordResetLink link = issue();
        link.use(NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), link.getUsedAt());
        assertEquals(PasswordResetLink.State.USED, link.stateAt(NOW.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> link.use(NOW.plusSeconds(62)));
        assertEquals(NOW.plusSeconds(60), link.getUsedAt(), "the first use is kept");
    }

    @Test
    void aWithdrawnLinkNoLongerWorksButAUsedOneStaysUsed() {
        PasswordResetLink withdrawn = issue();
        withdrawn.withdraw(NOW.plusSeconds(5));
        assertEquals(PasswordResetLink.State.WITHDRAWN, withdrawn.stateAt(NOW.plusSeconds(6)));
        assertThrows(IllegalStateException.class, () -> withdrawn.use(NOW.plusSeconds(7)));

        PasswordResetLink used = issue();
        used.use(NOW.plusSeconds(5));
        used.withdraw(NOW.plusSeconds(6));
        assertEquals(PasswordResetLink.State.USED, used.stateAt(NOW.plusSeconds(7)));
    }

    @Test
    void onlyTheDigestOfTheSecretIsKeptAndEachLinkHasItsOwnSecret() {
        PasswordResetLink.Issued first = PasswordResetLink.issue(person, "admin", NOW, DAY);
        PasswordResetLink.Issued second = PasswordResetLink.issue(person, "admin", NOW, DAY);
        assertNotEquals(first.secret(), second.secret());
        assertEquals(43, first.secret().length(), "256 random bits, URL-safe Base64");
        assertEquals(ApiToken.digest(first.secret()), tokenHashOf(first.link()));
    }

    @Test
    void aLinkMustBeValidForSomeTime() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PasswordResetLink.issue(person, "admin", NOW, Duration.ZERO));
    }

    private static String tokenHashOf(PasswordResetLink link) {
        try {
            var field = PasswordResetLink.class.getDeclaredField("tokenHash");
            field.setAccessible(true);
            return (String) field.get(link);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
