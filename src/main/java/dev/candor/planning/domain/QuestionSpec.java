package dev.candor.planning.domain;

import dev.candor.questionbank.domain.Question;
import java.util.Objects;

/**
 * One question of a stage as someone wants it. A null {@code version} keeps the version the plan has
 * already pinned for this question, or pins the current version of a question new to the plan.
 */
public record QuestionSpec(Question question, Integer version, Integer minutes) {

    public QuestionSpec {
        Objects.requireNonNull(question, "A question spec needs its question.");
    }
}
