package dev.candor.scoring.domain;

/**
 * The result of one autosave: the rating as stored now, and whether it was created, changed or a
 * replay.
 */
public record RatingSave(Rating rating, Outcome outcome) {

    public enum Outcome {
        /** The first save for this question: a new row. */
        CREATED,
        /** A newer revision replaced the stored one. */
        UPDATED,
        /** The exact save already stored (same revision, same content): nothing changed. */
        REPLAYED
    }
}
