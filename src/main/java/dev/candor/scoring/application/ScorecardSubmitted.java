package dev.candor.scoring.application;

/**
 * Fired (CDI, synchronously, inside the transaction) when an interviewer hands in a scorecard.
 * Notifications observe it to stop reminders and to tell hiring managers when all are in.
 */
public record ScorecardSubmitted(
        long scorecardId, long interviewId, long candidateId, String interviewer) {}
