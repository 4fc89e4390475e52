package dev.candor.comparison.application;

/**
 * One question of one submitted scorecard: scored, or skipped (score null). questionText and notes
 * are only loaded for the candidate report.
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
