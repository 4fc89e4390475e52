package dev.candor.planning.domain;

/**
 * Fired (CDI, synchronously, inside the transaction) when a person leaves an interview's panel, or
 * the interview is cancelled. Planning has already decided what happens to the member: if they had
 * started scoring they stay on the panel marked withdrawn, so scoring must keep a started scorecard
 * (showing it as withdrawn) and may delete only an empty one.
 */
public record PanelMemberRemoved(long interviewId, String username) {}
