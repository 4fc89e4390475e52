package dev.candor.shared.domain;

/** A request that clashes with the current state, such as a username already taken. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
