package dev.candor.debrief.application;

import dev.candor.debrief.domain.DecisionRules;
import dev.candor.debrief.infrastructure.DebriefReadModel;
import dev.candor.debrief.infrastructure.DebriefRecords;
import dev.candor.identity.application.Caller;
import dev.candor.planning.application.PlanningAccess;
import dev.candor.planning.domain.Opening;
import dev.candor.shared.domain.AuditableEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * An opening's decision rules. Whoever manages the opening reads and sets them: recruiters and
 * administrators, and the opening's own hiring managers (another opening: 404).
 */
@ApplicationScoped
@Transactional
public class Rules {

    @Inject PlanningAccess access;

    @Inject Caller caller;

    @Inject DebriefRecords records;

    @Inject DebriefReadModel readModel;

    @Inject Event<AuditableEvent> audit;

    public DecisionRules of(long openingId) {
        access.requireOpeningRole();
        return records.rules(access.opening(openingId).getId());
    }

    /** Replaces the rules; 422 naming each unknown competency or off-scale value. */
    public DecisionRules replace(long openingId, DecisionRules rules) {
        access.requireOpeningRole();
        Opening opening = access.opening(openingId);
        DecisionRules checked = rules.checkedAgainst(readModel.bankCompetencies());
        records.saveRules(opening.getId(), checked);
        audit.fire(
                new AuditableEvent(
                        "opening.rules-changed",
                        caller.requireUsername(),
                        "opening:" + opening.getId(),
                        Map.of(
                                "vetoes", Integer.toString(checked.vetoes().size()),
                                "minimums", Integer.toString(checked.minimums().size()),
                                "coverage", Integer.toString(checked.coverage()),
                                "minScorecards", Integer.toString(checked.minScorecards()))));
        return checked;
    }
}
