package dev.candor.questionbank.api;

import dev.candor.questionbank.application.CompetencyCount;

/** A competency and how many questions (that the caller may see) it has. */
public record CompetencyView(
        long id, String name, String description, boolean active, long questions) {

    static CompetencyView of(CompetencyCount count) {
        return new CompetencyView(
                count.id(), count.name(), count.description(), count.active(), count.questions());
    }
}
