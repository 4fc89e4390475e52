package dev.candor.scoring.domain;

/**
 * One thing a scorecard still needs before it can be submitted. {@code position} is the question's
 * position (from 1) for the rating kinds and null for the recommendation and summary; {@code score}
 * is the score that needs evidence, null for the other kinds.
 */
public record MissingItem(Kind kind, Integer position, Integer score, String message) {

    public enum Kind {
        /** Neither a score nor a skip. */
        SCORE_OR_SKIP,
        /** Skipped without saying why. */
        SKIP_REASON,
        /** A score of 1 or 5 without enough notes to back it. */
        EVIDENCE,
        RECOMMENDATION,
        SUMMARY
    }

    /**
     * The field this item belongs to, as the REST API names it: {@code ratings[3]}, {@code
     * recommendation}.
     */
    public String field() {
        return position == null
                ? (kind == Kind.RECOMMENDATION ? "recommendation" : "summary")
                : "ratings[" + position + "]";
    }
}
