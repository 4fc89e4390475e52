package dev.candor.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Follows planning's interview panels: a panel member added gets a scorecard, one removed loses it (or keeps
 * it withdrawn, once started). Synchronous observers, so the change shares planning's transaction.
 *
 * <p>Until planning is merged, this observes scoring's stand-in records {@link PanelMemberAdded} and
 * {@link PanelMemberRemoved}; after the merge, import {@code dev.candor.planning.domain.PanelMemberAdded} and
 * {@code dev.candor.planning.domain.PanelMemberRemoved} here instead and delete the two stand-ins.
 */
@ApplicationScoped
public class PanelMembershipObserver {

    @Inject
    private ScorecardAssignments assignments;

    void added(@Observes PanelMemberAdded event) {
        assignments.assign(event.interviewId(), event.username());
    }

    void removed(@Observes PanelMemberRemoved event) {
        assignments.unassign(event.interviewId(), event.username());
    }
}
