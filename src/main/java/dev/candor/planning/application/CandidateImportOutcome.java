package dev.candor.planning.application;

import java.util.List;

/**
 * The result of a candidate import: either every row was added, or none was and the problems say
 * why.
 */
public record CandidateImportOutcome(
        int imported, List<String> problems, List<CandidateView> candidates) {

    public boolean isAccepted() {
        return problems.isEmpty();
    }
}
