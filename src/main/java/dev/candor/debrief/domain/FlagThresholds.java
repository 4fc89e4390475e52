package dev.candor.debrief.domain;

import java.time.Duration;

/**
 * Where each data-quality flag starts (configurable; see docs/debrief.md).
 *
 * @param lateAfter a submission later than this after the interview ended is late
 * @param strongYesBelow a STRONG_YES with the interviewer's own mean below this is inconsistent
 * @param strongNoAbove a STRONG_NO with the interviewer's own mean above this is inconsistent
 * @param copiedSimilarity Jaccard similarity of word 3-shingles at or above which notes are copied
 * @param copiedMinShingles notes with fewer shingles than this are too short to call copied
 * @param evidenceMinChars notes shorter than this behind a score of 1 or 5 are thin evidence
 * @param sameScoreMinQuestions the fewest scored questions for "same score everywhere" to mean
 *     anything
 */
public record FlagThresholds(
        Duration lateAfter,
        double strongYesBelow,
        double strongNoAbove,
        double copiedSimilarity,
        int copiedMinShingles,
        int evidenceMinChars,
        int sameScoreMinQuestions) {

    public static FlagThresholds defaults() {
        return new FlagThresholds(Duration.ofHours(24), 3, 4, 0.6, 6, 20, 3);
    }
}
