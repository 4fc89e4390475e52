package dev.candor.comparison.application;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import java.util.Map;

/**
 * @param alphaInterval Krippendorff's alpha (interval) of the interviewers' overall scores,
 *     candidates as units; null when not defined
 * @param panelsDiffer whether candidates had different panels (then a two-way ICC across candidates
 *     is not defined, and alpha is the opening-level figure)
 * @param ratersByCompetency per candidate, how many interviewers rated each competency (for the
 *     decision rules' coverage; not part of the JSON)
 */
public record OpeningComparison(
        long openingId,
        String openingTitle,
        boolean adjusted,
        List<String> competencies,
        List<String> stages,
        List<String> statuses,
        List<RankedCandidate> candidates,
        List<Leniency> interviewers,
        int minimumCoRatedCandidates,
        Double alphaInterval,
        String alphaLevel,
        boolean panelsDiffer,
        int candidatesTotal,
        @JsonbTransient Map<Long, Map<String, Integer>> ratersByCompetency) {

    /** The comparison with each candidate's row replaced by {@code rows}. */
    public OpeningComparison withCandidates(List<RankedCandidate> rows) {
        return new OpeningComparison(
                openingId,
                openingTitle,
                adjusted,
                competencies,
                stages,
                statuses,
                rows,
                interviewers,
                minimumCoRatedCandidates,
                alphaInterval,
                alphaLevel,
                panelsDiffer,
                candidatesTotal,
                ratersByCompetency);
    }
}
