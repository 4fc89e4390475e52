package dev.candor.scoring.web;

import dev.candor.scoring.domain.Amendment;
import dev.candor.scoring.domain.RatingContent;
import dev.candor.scoring.domain.SubmissionRules;

/**
 * How long each text on the scoring page may be, from the domain's own limits: the fields' {@code
 * maxlength} and the page's messages about a text that is too long use these, so neither can drift
 * from what the server allows.
 */
public record TextLimits(int notes, int skipReason, int summary, int amendReason) {

    public static final TextLimits OF_THE_DOMAIN =
            new TextLimits(
                    RatingContent.MAX_NOTES,
                    RatingContent.MAX_SKIP_REASON,
                    SubmissionRules.MAX_SUMMARY,
                    Amendment.MAX_REASON);
}
