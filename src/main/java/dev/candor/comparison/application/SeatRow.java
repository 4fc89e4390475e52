package dev.candor.comparison.application;

import java.time.Instant;

/**
 * One seat on an interview panel (an active panel member) with their scorecard, if any; an
 * interview without a panel gives one row with a null interviewer, so its stage still counts.
 *
 * @param status the scorecard's status, null when no scorecard exists yet
 */
public record SeatRow(
        long candidateId,
        long interviewId,
        String stageName,
        int stagePosition,
        Instant startsAt,
        String interviewer,
        String displayName,
        Long scorecardId,
        String status,
        String recommendation,
        String summary,
        Instant submittedAt,
        boolean amended) {

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }
}
