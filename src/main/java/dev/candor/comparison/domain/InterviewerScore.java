package dev.candor.comparison.domain;

import java.util.Objects;

/**
 * One interviewer's score for one candidate on one question, as stored. A skipped question has no
 * rating, so it never pulls a mean down.
 */
public record InterviewerScore(
        String candidate, String question, String competency, String interviewer, int score) {

    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 5;

    public InterviewerScore {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(interviewer, "interviewer");
        if (score < LOWEST_SCORE || score > HIGHEST_SCORE) {
            throw new IllegalArgumentException(
                    "a score is from " + LOWEST_SCORE + " to " + HIGHEST_SCORE + ", was " + score);
        }
    }
}
