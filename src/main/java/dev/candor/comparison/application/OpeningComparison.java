package dev.candor.comparison.application;

import java.util.List;

/**
 * @param alphaInterval Krippendorff's alpha (interval) of the interviewers' overall scores,
 *     candidates as units; null when not defined
 * @param panelsDiffer whether candidates had different panels (then a two-way ICC across candidates
 *     is not defined, and alpha is the opening-level figure)
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
        int candidatesTotal) {}
