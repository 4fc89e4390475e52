package dev.candor.scoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a scorecard needs before it is submitted: a score or a reasoned skip for every question, a
 * recommendation and a summary; and the evidence rule, which asks for notes of at least {@code
 * evidenceMinChars} characters behind every score of 1 or 5.
 */
public record SubmissionRules(int evidenceMinChars) {

    public static final int DEFAULT_EVIDENCE_MIN_CHARS = 20;
    public static final int MAX_SUMMARY = 4000;

    public SubmissionRules {
        if (evidenceMinChars < 0) {
            throw new IllegalArgumentException(
                    "The evidence minimum cannot be negative: " + evidenceMinChars);
        }
    }

    public static SubmissionRules defaults() {
        return new SubmissionRules(DEFAULT_EVIDENCE_MIN_CHARS);
    }

    /**
     * Everything missing, in order: questions by position, then the recommendation, then the
     * summary.
     *
     * @param ratings the content saved per position; positions without a rating may be absent
     */
    public List<MissingItem> missing(
            int questionCount,
            Map<Integer, RatingContent> ratings,
            Recommendation recommendation,
            String summary) {
        List<MissingItem> missing = new ArrayList<>();
        for (int position = 1; position <= questionCount; position++) {
            RatingContent rating = ratings.getOrDefault(position, RatingContent.EMPTY);
            if (rating.skipped()) {
                if (!rating.hasSkipReason()) {
                    missing.add(
                            new MissingItem(
                                    MissingItem.Kind.SKIP_REASON,
                                    position,
                                    null,
                                    "Question "
                                            + position
                                            + " is skipped; say why it was not asked."));
                }
            } else if (!rating.isScored()) {
                missing.add(
                        new MissingItem(
                                MissingItem.Kind.SCORE_OR_SKIP,
                                position,
                                null,
                                "Question "
                                        + position
                                        + " needs a score, or mark it skipped with a reason."));
            } else if (needsEvidence(rating.score())
                    && rating.evidenceLength() < evidenceMinChars) {
                missing.add(
                        new MissingItem(
                                MissingItem.Kind.EVIDENCE,
                                position,
                                rating.score(),
                                "Question "
                                        + position
                                        + " is scored "
                                        + rating.score()
                                        + "; a score of 1 or 5 needs notes "
                                        + "of at least "
                                        + evidenceMinChars
                                        + " characters as evidence."));
            }
        }
        if (recommendation == null) {
            missing.add(
                    new MissingItem(
                            MissingItem.Kind.RECOMMENDATION,
                            null,
                            null,
                            "Choose an overall recommendation: strong no, no, yes or strong yes."));
        }
        if (summary == null || summary.isBlank()) {
            missing.add(
                    new MissingItem(
                            MissingItem.Kind.SUMMARY, null, null, "Write a short summary."));
        }
        return missing;
    }

    public static boolean needsEvidence(int score) {
        return score == RatingContent.LOWEST_SCORE || score == RatingContent.HIGHEST_SCORE;
    }
}
