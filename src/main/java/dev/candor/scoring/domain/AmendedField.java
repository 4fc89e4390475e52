package dev.candor.scoring.domain;

/**
 * A value an amendment can change: the first four belong to a question's rating, the last two to
 * the scorecard.
 */
public enum AmendedField {
    SCORE,
    SKIPPED,
    SKIP_REASON,
    NOTES,
    RECOMMENDATION,
    SUMMARY
}
