package dev.candor.debrief.domain;

import java.time.Instant;
import java.util.List;

/**
 * A submitted scorecard as the flags read it.
 *
 * @param interviewEndedAt when the interview was planned to end (start + minutes)
 */
public record ScorecardEvidence(
        long scorecardId,
        long candidateId,
        String interviewer,
        Instant interviewEndedAt,
        Instant submittedAt,
        String recommendation,
        String summary,
        List<Answer> answers) {

    /** One question's score (null when skipped) and the interviewer's notes. */
    public record Answer(long questionId, Integer score, String notes) {}

    public ScorecardEvidence {
        answers = List.copyOf(answers);
    }

    public double meanScore() {
        return answers.stream()
                .filter(a -> a.score() != null)
                .mapToInt(Answer::score)
                .average()
                .orElse(Double.NaN);
    }
}
