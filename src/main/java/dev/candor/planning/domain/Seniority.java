package dev.candor.planning.domain;

/**
 * How senior a panel member is, set on their seat when the interview is scheduled; the debrief asks
 * the least senior to speak first, so nobody anchors on the most senior voice.
 */
public enum Seniority {
    JUNIOR,
    MID,
    SENIOR,
    LEAD
}
