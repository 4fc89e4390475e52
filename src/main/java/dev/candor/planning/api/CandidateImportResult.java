package dev.candor.planning.api;

import java.util.List;

/** The answer to a candidate import that was accepted. */
public record CandidateImportResult(
        int imported, List<dev.candor.planning.application.CandidateView> candidates) {}
