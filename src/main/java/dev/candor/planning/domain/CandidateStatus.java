package dev.candor.planning.domain;

/** Where a candidate is with an opening; only active candidates get new interviews. */
public enum CandidateStatus {
    ACTIVE,
    HIRED,
    REJECTED,
    WITHDRAWN
}
