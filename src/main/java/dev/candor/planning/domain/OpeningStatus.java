package dev.candor.planning.domain;

/** Whether interviews may still be scheduled for an opening; a closed opening stays readable. */
public enum OpeningStatus {
    OPEN,
    CLOSED
}
