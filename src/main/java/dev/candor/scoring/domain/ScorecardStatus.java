package dev.candor.scoring.domain;

/** Where an interviewer is with a scorecard: nothing saved yet, saving as they go, or handed in. */
public enum ScorecardStatus {
    NOT_STARTED,
    DRAFT,
    SUBMITTED
}
