package dev.candor.scoring.domain;

import dev.candor.shared.domain.ConflictException;
import java.time.Instant;

/**
 * A save that carries a revision no newer than the stored one (and is not an exact replay of it): a newer
 * edit, typically from another tab, is already stored. Carries that stored state so the client can show
 * it before discarding anything.
 */
public class StaleRatingException extends ConflictException {

    private final int position;
    private final long storedRevision;
    private final RatingContent stored;
    private final Instant storedAt;

    public StaleRatingException(int position, long sentRevision, long storedRevision, RatingContent stored,
                                Instant storedAt) {
        super("Question " + position + " already has a newer save (revision " + storedRevision
                + ") than this one (revision " + sentRevision + "), probably from another tab or window.");
        this.position = position;
        this.storedRevision = storedRevision;
        this.stored = stored;
        this.storedAt = storedAt;
    }

    public int position() {
        return position;
    }

    public long storedRevision() {
        return storedRevision;
    }

    public RatingContent stored() {
        return stored;
    }

    public Instant storedAt() {
        return storedAt;
    }
}
