package dev.candor.scoring.domain;

import dev.candor.shared.domain.ConflictException;
import java.time.Instant;

/**
 * An autosave whose revision is no newer than the stored one (and is not an exact replay of it): a
 * newer edit, typically from another tab or device, is already stored. Subclasses carry that stored
 * content, so the client can show it before discarding anything.
 */
public abstract class StaleSaveException extends ConflictException {

    private final long storedRevision;
    private final Instant storedAt;

    protected StaleSaveException(String message, long storedRevision, Instant storedAt) {
        super(message);
        this.storedRevision = storedRevision;
        this.storedAt = storedAt;
    }

    public long storedRevision() {
        return storedRevision;
    }

    public Instant storedAt() {
        return storedAt;
    }
}
