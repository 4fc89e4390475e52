package dev.candor.scoring.application;

import dev.candor.scoring.domain.Scorecard;
import dev.candor.scoring.domain.ScorecardStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of "my scorecards". Candidate name, stage and time come from planning and are null when
 * it does not know the interview (any more).
 */
public record ScorecardSummary(
        long id,
        long interviewId,
        long candidateId,
        String candidateName,
        String stageName,
        Instant startsAt,
        ScorecardStatus status,
        boolean withdrawn,
        boolean amended,
        String interviewer) {

    /**
     * @param interview empty when planning does not know it
     */
    static ScorecardSummary of(Scorecard scorecard, Optional<InterviewSummary> interview) {
        return new ScorecardSummary(
                scorecard.getId(),
                scorecard.getInterviewId(),
                scorecard.getCandidateId(),
                interview.map(InterviewSummary::candidateName).orElse(null),
                interview.map(InterviewSummary::stageName).orElse(null),
                interview.map(InterviewSummary::startsAt).orElse(null),
                scorecard.getStatus(),
                scorecard.isWithdrawn(),
                scorecard.isAmended(),
                scorecard.getInterviewer());
    }
}
