package dev.candor.comparison.domain;

import dev.candor.questionbank.domain.RatingScale;
import java.util.Objects;

/**
 * One interviewer's score for one candidate on one question, as stored. A skipped question has no
 * rating, so it never pulls a mean down.
 */
public record InterviewerScore(
        String candidate, String question, String competency, String interviewer, int score) {

    public InterviewerScore {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(interviewer, "interviewer");
        if (!RatingScale.contains(score)) {
            throw new IllegalArgumentException(
                    "a score is from "
                            + RatingScale.LOWEST
                            + " to "
                            + RatingScale.HIGHEST
                            + ", was "
                            + score);
        }
    }
}
