package dev.candor.comparison.application;

import java.util.List;
import java.util.Map;

/**
 * One candidate's row of the opening comparison; scores are null while nobody has submitted.
 *
 * @param panel the usernames of the interviewers whose scorecards are submitted, sorted; empty
 *     while the results are withheld
 */
public record RankedCandidate(
        Integer rank,
        long candidateId,
        String name,
        String status,
        String stage,
        Double panelScore,
        Interval interval,
        int interviewers,
        Map<String, Double> competencyScores,
        Tally tally,
        int scorecardsSubmitted,
        int scorecardsExpected,
        boolean withheld,
        Double icc21,
        Double icc2k,
        Double alphaInterval,
        List<ComparisonAdditions.RuleView> rules,
        String rulesSummary,
        List<ComparisonAdditions.FlagView> flags,
        List<String> panel) {

    /** The row with what a capability above comparison adds (see {@link ComparisonAdditions}). */
    public RankedCandidate with(ComparisonAdditions.CandidateAdditions additions) {
        return new RankedCandidate(
                rank,
                candidateId,
                additions.shownName(),
                status,
                stage,
                panelScore,
                interval,
                interviewers,
                competencyScores,
                tally,
                scorecardsSubmitted,
                scorecardsExpected,
                withheld,
                icc21,
                icc2k,
                alphaInterval,
                additions.rules(),
                additions.rulesSummary(),
                additions.flags(),
                panel);
    }

    /** Whether every panel member who is expected to has submitted. */
    public boolean complete() {
        return scorecardsExpected > 0 && scorecardsSubmitted >= scorecardsExpected;
    }

    RankedCandidate withRank(int rank) {
        return new RankedCandidate(
                rank,
                candidateId,
                name,
                status,
                stage,
                panelScore,
                interval,
                interviewers,
                competencyScores,
                tally,
                scorecardsSubmitted,
                scorecardsExpected,
                withheld,
                icc21,
                icc2k,
                alphaInterval,
                rules,
                rulesSummary,
                flags,
                panel);
    }
}
