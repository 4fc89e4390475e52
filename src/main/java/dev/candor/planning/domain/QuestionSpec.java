package dev.candor.planning.domain;

import dev.candor.questionbank.domain.Question;

/**
 * One question of a stage as someone wants it. A null {@code version} keeps the version the plan
 * has already pinned for this question, or pins the current version of a question new to the plan.
 * A null {@code question} is one the caller could not find; it is skipped by the checks, as the
 * caller reports it.
 */
public record QuestionSpec(Question question, Integer version, Integer minutes) {}
