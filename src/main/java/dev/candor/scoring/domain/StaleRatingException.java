package dev.candor.scoring.domain;

import java.time.Instant;

/**
 * A rating save that carries a revision no newer than the stored one (and is not an exact replay of
 * it): a newer edit, typically from another tab, is already stored. Carries that stored state so
 * the client can show it before discarding anything.
 */
public class StaleRatingException extends StaleSaveException {

    private final int position;
    private final RatingContent stored;

    public StaleRatingException(
            int position,
            long sentRevision,
            long storedRevision,
            RatingContent stored,
            Instant storedAt) {
        super(
                "Question "
                        + position
                        + " already has a newer save (revision "
                        + storedRevision
                        + ") than this one (revision "
                        + sentRevision
                        + "), probably from another tab or window.",
                storedRevision,
                storedAt);
        this.position = position;
        this.stored = stored;
    }

    public int position() {
        return position;
    }

    public RatingContent stored() {
        return stored;
    }
}
