package dev.candor.scoring.application;

import dev.candor.scoring.domain.Rating;
import java.time.Instant;

/**
 * A stored rating as shown and sent to the autosave client; revision 0 and no time when nothing is
 * saved yet.
 */
public record RatingView(
        Integer score,
        boolean skipped,
        String skipReason,
        String notes,
        long revision,
        Instant updatedAt) {

    public static final RatingView NOTHING_SAVED = new RatingView(null, false, null, null, 0, null);

    public static RatingView of(Rating rating) {
        return rating == null
                ? NOTHING_SAVED
                : new RatingView(
                        rating.getScore(),
                        rating.isSkipped(),
                        rating.getSkipReason(),
                        rating.getNotes(),
                        rating.getRevision(),
                        rating.getUpdatedAt());
    }
}
