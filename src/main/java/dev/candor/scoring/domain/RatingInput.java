package dev.candor.scoring.domain;

/**
 * One autosave of one question, as the client sends it. {@code clientRevision} increases with every
 * change the client makes to this question (see docs/scoring.md); the server keeps the highest it
 * accepted.
 */
public record RatingInput(
        Integer score, boolean skipped, String skipReason, String notes, long clientRevision) {

    public RatingContent content() {
        return new RatingContent(score, skipped, skipReason, notes);
    }
}
