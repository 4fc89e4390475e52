package dev.candor.debrief.domain;

/** How senior a panel member is, set on their seat when the interview is scheduled. */
public enum Seniority {
    JUNIOR,
    MID,
    SENIOR,
    LEAD
}
