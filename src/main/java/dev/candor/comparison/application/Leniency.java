package dev.candor.comparison.application;

/**
 * An interviewer's leniency: the mean of (their score - the mean of the other panel members'
 * scores) on the same candidate and question; null until they co-rated {@code minimum} candidates.
 */
public record Leniency(
        String interviewer,
        String displayName,
        Double leniency,
        int coRatedRatings,
        int coRatedCandidates) {}
