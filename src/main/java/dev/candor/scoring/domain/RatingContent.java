package dev.candor.scoring.domain;

import dev.candor.questionbank.domain.RatingScale;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an interviewer recorded for one question: a score from 1 to 5, or a skip with its reason,
 * and the notes. Text is kept exactly as typed; only an empty string is read as "nothing" (null).
 */
public record RatingContent(Integer score, boolean skipped, String skipReason, String notes) {

    public static final int MAX_NOTES = 20_000;
    public static final int MAX_SKIP_REASON = 500;
    public static final RatingContent EMPTY = new RatingContent(null, false, null, null);

    public RatingContent {
        skipReason = emptyToNull(skipReason);
        notes = emptyToNull(notes);
    }

    /**
     * What makes this content unsavable, keyed by field ({@code prefix + "score"}, …); empty when
     * it is fine.
     */
    public Map<String, String> problems(String prefix) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (score != null && !RatingScale.contains(score)) {
            problems.put(
                    prefix + "score",
                    "A score is from "
                            + RatingScale.LOWEST
                            + " to "
                            + RatingScale.HIGHEST
                            + "; to skip the question, send no score and \"skipped\": true.");
        } else if (score != null && skipped) {
            problems.put(
                    prefix + "score",
                    "A skipped question has no score; send either a score or a skip.");
        }
        if (skipReason != null && skipReason.length() > MAX_SKIP_REASON) {
            problems.put(
                    prefix + "skipReason",
                    "A skip reason has at most " + MAX_SKIP_REASON + " characters.");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.put(
                    prefix + "notes",
                    "Notes have at most "
                            + MAX_NOTES
                            + " characters; nothing was cut, "
                            + "please shorten them.");
        }
        return problems;
    }

    public boolean isScored() {
        return score != null;
    }

    public boolean hasSkipReason() {
        return skipReason != null && !skipReason.isBlank();
    }

    /** How much of the notes is evidence, as the rating scale counts it. */
    public int evidenceLength() {
        return RatingScale.evidenceLength(notes);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
