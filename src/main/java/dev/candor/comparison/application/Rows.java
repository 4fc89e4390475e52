package dev.candor.comparison.application;

import java.time.Instant;

/**
 * The flat rows the read model loads (one query each) and the report assembly works from. Plain
 * records, so the assembly is tested without a database.
 */
public final class Rows {

    private Rows() {}

    /** A candidate of the opening. */
    public record CandidateRow(long id, String name, String status) {}

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

    /**
     * One question of one submitted scorecard: scored, or skipped (score null). questionText and
     * notes are only loaded for the candidate report.
     */
    public record RatingRow(
            long candidateId,
            String interviewer,
            long interviewId,
            String stageName,
            long questionId,
            int position,
            Integer score,
            boolean skipped,
            String skipReason,
            String questionText,
            String competency,
            String notes) {}

    /** An amendment of a submitted scorecard, with its reason. */
    public record AmendmentRow(
            long scorecardId, String amendedBy, Instant amendedAt, String reason) {}

    /** The candidate a report is about, with their opening. */
    public record CandidateHeader(
            long candidateId, String name, String status, long openingId, String openingTitle) {}
}
