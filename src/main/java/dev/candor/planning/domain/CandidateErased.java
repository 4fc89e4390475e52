package dev.candor.planning.domain;

/**
 * A candidate's personal data was erased. Fired inside the erasure's transaction, so capabilities
 * holding more about the candidate (scoring's notes and summaries) remove it in the same commit.
 */
public record CandidateErased(long candidateId) {}
