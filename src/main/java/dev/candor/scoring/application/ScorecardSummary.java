package dev.candor.scoring.application;

import dev.candor.scoring.domain.ScorecardStatus;
import java.time.Instant;

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
        String interviewer) {}
