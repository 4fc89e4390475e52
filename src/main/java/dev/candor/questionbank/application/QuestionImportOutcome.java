package dev.candor.questionbank.application;

import java.util.List;

/** What an accepted import added to the bank. */
public record QuestionImportOutcome(int questions, List<String> newCompetencies) {}
