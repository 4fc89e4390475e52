package dev.candor.questionbank.api;

import java.util.List;

/** The answer to an accepted import. */
public record ImportResult(int imported, List<String> newCompetencies) {}
