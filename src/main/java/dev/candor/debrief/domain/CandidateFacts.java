package dev.candor.debrief.domain;

import java.util.List;
import java.util.Map;

/**
 * What the rules are checked against: a candidate's submitted scorecards and, per competency, the
 * panel score and how many interviewers rated it.
 *
 * @param keyCompetencies the opening's key competencies, which the coverage rule asks about
 */
public record CandidateFacts(
        int scorecardsSubmitted,
        Map<String, CompetencyScore> competencies,
        List<String> keyCompetencies) {

    /** A competency's panel score and the number of interviewers behind it. */
    public record CompetencyScore(double score, int raters) {}

    public CandidateFacts {
        competencies = Map.copyOf(competencies);
        keyCompetencies = List.copyOf(keyCompetencies);
    }
}
