package dev.candor.comparison.application;

/** The candidate a report is about, with their opening. */
public record CandidateHeader(
        long candidateId, String name, String status, long openingId, String openingTitle) {}
