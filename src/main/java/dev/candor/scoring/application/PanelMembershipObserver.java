package dev.candor.scoring.application;

import dev.candor.planning.domain.PanelMemberAdded;
import dev.candor.planning.domain.PanelMemberRemoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Follows planning's interview panels: a panel member added gets a scorecard, one removed loses it
 * (or keeps it withdrawn, once started). Synchronous observers, so the change shares planning's
 * transaction.
 */
@ApplicationScoped
public class PanelMembershipObserver {

    @Inject private ScorecardAssignments assignments;

    void added(@Observes PanelMemberAdded event) {
        assignments.assign(event.interviewId(), event.username());
    }

    void removed(@Observes PanelMemberRemoved event) {
        assignments.unassign(event.interviewId(), event.username());
    }
}
