package dev.candor.identity.application;

import dev.candor.identity.domain.SignInThrottle;
import dev.candor.identity.domain.User;
import java.time.Instant;
import java.util.Optional;

/**
 * The decision on one sign-in with a password, apart from the database. Every attempt pays for
 * exactly one password hash, whether the username exists, is paused or is wrong, so neither the
 * answer nor its timing tells an attacker which accounts exist.
 */
final class SignInCheck {

    /** Checks a password against a stored hash, or against a decoy when there is none. */
    interface PasswordVerifier {
        boolean verify(String password, Optional<String> storedHash);
    }

    private final PasswordVerifier verifier;
    private final SignInThrottle throttle;

    SignInCheck(PasswordVerifier verifier, SignInThrottle throttle) {
        this.verifier = verifier;
        this.throttle = throttle;
    }

    SignInOutcome check(
            String username, Optional<User> found, String password, String address, Instant now) {
        boolean matches =
                verifier.verify(password == null ? "" : password, found.map(User::getPasswordHash));
        Optional<Instant> paused = throttle.pausedUntil(username, address, now);
        if (paused.isPresent()) {
            return SignInOutcome.locked(paused.get());
        }
        if (found.isEmpty() || password == null || !matches) {
            throttle.recordFailure(username, address, now);
            return throttle.pausedUntil(username, address, now)
                    .map(SignInOutcome::locked)
                    .orElseGet(SignInOutcome::wrongCredentials);
        }
        User user = found.get();
        if (!user.isActive()) {
            return SignInOutcome.deactivated();
        }
        throttle.recordSuccess(username, address);
        return SignInOutcome.signedIn(user.getUsername(), user.getRoles(), user.credentialStamp());
    }
}
