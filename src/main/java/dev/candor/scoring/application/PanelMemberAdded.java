package dev.candor.scoring.application;

/**
 * Stand-in for planning's {@code dev.candor.planning.domain.PanelMemberAdded}, until the branches meet; see
 * {@link PanelMembershipObserver}. Delete this record once the observer uses planning's event.
 */
public record PanelMemberAdded(long interviewId, String username) {
}
