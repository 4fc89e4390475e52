package dev.candor.planning.api;

import dev.candor.planning.application.PlanSaved;
import dev.candor.planning.application.PlanView;
import java.util.List;

/** A plan after saving, with what happened to scheduled interviews. */
public record SavedPlan(
        long openingId,
        List<PlanView.Stage> stages,
        List<String> warnings,
        int interviewsRefreshed,
        int interviewsKeptFrozen) {

    static SavedPlan of(PlanSaved saved) {
        return new SavedPlan(
                saved.plan().openingId(),
                saved.plan().stages(),
                saved.plan().warnings(),
                saved.interviewsRefreshed(),
                saved.interviewsKeptFrozen());
    }
}
