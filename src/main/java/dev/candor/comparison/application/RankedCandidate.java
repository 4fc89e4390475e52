package dev.candor.comparison.application;

import java.util.Map;

/** One candidate's row of the opening comparison; scores are null while nobody has submitted. */
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
        Double alphaInterval) {

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
                alphaInterval);
    }
}
