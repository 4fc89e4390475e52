package dev.candor.identity.application;

import dev.candor.identity.domain.Role;
import java.time.Instant;
import java.util.Set;

/** What happened when someone tried to sign in, so the sign-in page can say why it failed. */
public record SignInOutcome(
        Status status,
        String username,
        Set<Role> roles,
        Instant lockedUntil,
        String credentialStamp) {

    public enum Status {
        SIGNED_IN,
        WRONG_CREDENTIALS,
        LOCKED,
        DEACTIVATED
    }

    /**
     * credentialStamp changes with the password: a session signed in with another stamp belongs to
     * the old password and ends.
     */
    static SignInOutcome signedIn(String username, Set<Role> roles, String credentialStamp) {
        return new SignInOutcome(Status.SIGNED_IN, username, roles, null, credentialStamp);
    }

    static SignInOutcome wrongCredentials() {
        return new SignInOutcome(Status.WRONG_CREDENTIALS, null, Set.of(), null, null);
    }

    static SignInOutcome locked(Instant until) {
        return new SignInOutcome(Status.LOCKED, null, Set.of(), until, null);
    }

    static SignInOutcome deactivated() {
        return new SignInOutcome(Status.DEACTIVATED, null, Set.of(), null, null);
    }

    public boolean isSignedIn() {
        return status == Status.SIGNED_IN;
    }
}
