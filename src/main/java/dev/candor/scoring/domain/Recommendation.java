package dev.candor.scoring.domain;

/** The interviewer's overall call. There is deliberately no neutral option. */
public enum Recommendation {
    STRONG_NO,
    NO,
    YES,
    STRONG_YES
}
