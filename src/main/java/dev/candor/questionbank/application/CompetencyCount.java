package dev.candor.questionbank.application;

import java.io.Serializable;

/**
 * A competency with how many questions of the bank (that the caller may see) gather evidence for
 * it.
 */
public record CompetencyCount(
        long id, String name, String description, boolean active, long questions)
        implements Serializable {}
