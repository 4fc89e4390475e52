package dev.candor.scoring.api;

import dev.candor.scoring.domain.RatingContent;
import dev.candor.scoring.domain.RatingInput;
import java.math.BigDecimal;

/** One question's rating as the autosave sends it; {@code clientRevision} is required for saves. */
public record RatingBody(
        Integer score,
        Boolean skipped,
        String skipReason,
        String notes,
        BigDecimal clientRevision) {

    RatingInput toInput() {
        return new RatingInput(
                score,
                Boolean.TRUE.equals(skipped),
                skipReason,
                notes,
                ClientRevision.of(clientRevision));
    }

    RatingContent toContent() {
        return new RatingContent(score, Boolean.TRUE.equals(skipped), skipReason, notes);
    }
}
