package dev.candor.debrief.application;

import dev.candor.debrief.domain.DecisionRecord;
import java.time.Instant;
import java.util.List;

/**
 * A decision record as the API and pages show it; {@code replaces} names the record it reverses.
 */
public record DecisionView(
        long id,
        long candidateId,
        String decision,
        String rationale,
        List<String> competencies,
        List<String> present,
        boolean departs,
        String departureReason,
        String recordedBy,
        Instant recordedAt,
        Long replaces) {

    static DecisionView of(DecisionRecord d) {
        return new DecisionView(
                d.getId(),
                d.getCandidateId(),
                d.getDecision().name(),
                d.getRationale(),
                d.getCompetencies(),
                d.getPresent(),
                d.isDeparts(),
                d.getDepartureReason(),
                d.getRecordedBy(),
                d.getRecordedAt(),
                d.getReplaces());
    }
}
