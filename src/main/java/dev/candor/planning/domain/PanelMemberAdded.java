package dev.candor.planning.domain;

/**
 * Fired (CDI, synchronously, inside the scheduling transaction) when a person joins an interview's
 * panel, including every member of a newly created interview and a withdrawn member who is put
 * back. Scoring observes it to create the member's empty scorecard.
 */
public record PanelMemberAdded(long interviewId, String username) {}
