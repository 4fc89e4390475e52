package dev.candor.planning.application;

import java.util.List;

/** A whole plan as an editor or the API sends it: it replaces the current plan. */
public record PlanForm(List<Stage> stages) {

    public PlanForm {
        stages = stages == null ? List.of() : stages;
    }

    public record Stage(String name, Integer minutes, List<Question> questions) {}

    /**
     * {@code version} null keeps the version already pinned, or pins the current one for a new
     * question.
     */
    public record Question(Long questionId, Integer version, Integer minutes) {}
}
