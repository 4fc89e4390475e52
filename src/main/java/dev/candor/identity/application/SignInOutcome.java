package dev.candor.identity.application;

import dev.candor.identity.domain.Role;
import java.time.Instant;
import java.util.Set;

/** What happened when someone tried to sign in, so the sign-in page can say why it failed. */
public record SignInOutcome(Status status, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Status {
        SIGNED_IN,
        WRONG_CREDENTIALS,
        LOCKED,
        DEACTIVATED
    }

    static SignInOutcome signedIn(String username, Set<Role> roles) {
        return new SignInOutcome(Status.SIGNED_IN, username, roles, null);
    }

    static SignInOutcome wrongCredentials() {
        return new SignInOutcome(Status.WRONG_CREDENTIALS, null, Set.of(), null);
    }

    static SignInOutcome locked(Instant until) {
        return new SignInOutcome(Status.LOCKED, null, Set.of(), until);
    }

    static SignInOutcome deactivated() {
        return new SignInOutcome(Status.DEACTIVATED, null, Set.of(), null);
    }

    public boolean isSignedIn() {
        return status == Status.SIGNED_IN;
    }
}
