package dev.candor.scoring.domain;

import java.time.Instant;

/**
 * A draft save of the recommendation and summary that lost to a newer one; carries what is stored.
 */
public class StaleDraftException extends StaleSaveException {

    private final Conclusion stored;

    public StaleDraftException(
            long sentRevision, long storedRevision, Conclusion stored, Instant storedAt) {
        super(
                "The recommendation and summary already have a newer save (revision "
                        + storedRevision
                        + ") than this one (revision "
                        + sentRevision
                        + "), probably from another tab, window or device.",
                storedRevision,
                storedAt);
        this.stored = stored;
    }

    public Conclusion stored() {
        return stored;
    }
}
