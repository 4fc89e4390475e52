package dev.candor.scoring.application;

import java.time.Instant;

/** What scoring shows about an interview, as planning knows it. */
public record InterviewSummary(
        long interviewId,
        long candidateId,
        String candidateName,
        long openingId,
        String stageName,
        Instant startsAt,
        int minutes) {}
