package dev.candor.scoring.api;

import dev.candor.scoring.domain.RatingContent;
import dev.candor.scoring.domain.RatingInput;
import dev.candor.shared.domain.InvalidInputException;

/** One question's rating as the autosave sends it; {@code clientRevision} is required for saves. */
public record RatingBody(
        Integer score, Boolean skipped, String skipReason, String notes, Long clientRevision) {

    RatingInput toInput() {
        if (clientRevision == null) {
            throw new InvalidInputException(
                    "clientRevision", "Send the client revision of this change (1 or more).");
        }
        return new RatingInput(
                score, Boolean.TRUE.equals(skipped), skipReason, notes, clientRevision);
    }

    RatingContent toContent() {
        return new RatingContent(score, Boolean.TRUE.equals(skipped), skipReason, notes);
    }
}
