package dev.candor.scoring.domain;

import dev.candor.questionbank.domain.RatingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a scorecard needs before it is submitted: a score or a reasoned skip for every question, a
 * recommendation and a summary; and the rating scale's evidence rule behind every extreme score.
 */
public record SubmissionRules(RatingScale scale) {

    public static final int MAX_SUMMARY = 4000;

    public SubmissionRules(int evidenceMinChars) {
        this(new RatingScale(evidenceMinChars));
    }

    public static SubmissionRules defaults() {
        return new SubmissionRules(RatingScale.DEFAULT);
    }

    public int evidenceMinChars() {
        return scale.evidenceMinChars();
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
            } else if (!scale.hasEvidenceFor(rating.score(), rating.notes())) {
                missing.add(
                        new MissingItem(
                                MissingItem.Kind.EVIDENCE,
                                position,
                                rating.score(),
                                "Question "
                                        + position
                                        + " is scored "
                                        + rating.score()
                                        + "; a score of "
                                        + RatingScale.LOWEST
                                        + " or "
                                        + RatingScale.HIGHEST
                                        + " needs notes of at least "
                                        + scale.evidenceMinChars()
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
}
