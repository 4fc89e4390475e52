package dev.candor.identity.domain;

import java.util.Optional;

/** What Candor accepts as a password: long enough to resist guessing, short enough to type. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {}

    /** Why the password is not acceptable, or empty when it is. */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("A password can have at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces.");
        }
        return Optional.empty();
    }
}
