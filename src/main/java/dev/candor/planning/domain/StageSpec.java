package dev.candor.planning.domain;

import java.util.List;

/** One stage of a plan as someone wants it: the input to {@link Opening#replacePlan}. */
public record StageSpec(String name, Integer minutes, List<QuestionSpec> questions) {

    public StageSpec {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
