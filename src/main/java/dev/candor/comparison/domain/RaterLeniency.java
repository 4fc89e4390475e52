package dev.candor.comparison.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How much more generously an interviewer scores than the colleagues they sat on panels with: the
 * mean of their score less the mean of the other interviewers, over every question they rated
 * alongside someone else.
 *
 * @param coRatedRatings how many of their ratings had another interviewer's rating beside them
 * @param coRatedCandidates how many candidates those ratings were for
 * @param leniency in score points, reported once they co-rated {@value
 *     #MINIMUM_CO_RATED_CANDIDATES} candidates: with fewer, one unusual candidate would make the
 *     figure
 */
public record RaterLeniency(
        String interviewer, int coRatedRatings, int coRatedCandidates, OptionalDouble leniency) {

    public static final int MINIMUM_CO_RATED_CANDIDATES = 3;

    /**
     * Every interviewer of the candidates, in the order they first appear; those who never co-rated
     * have 0 counts.
     */
    public static List<RaterLeniency> of(Collection<CandidateRatings> candidates) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (CandidateRatings candidate : candidates) {
            tallyOffsets(candidate, tallies);
        }
        List<RaterLeniency> leniencies = new ArrayList<>(tallies.size());
        tallies.forEach((interviewer, tally) -> leniencies.add(tally.toLeniency(interviewer)));
        return leniencies;
    }

    private static void tallyOffsets(CandidateRatings candidate, Map<String, Tally> tallies) {
        RatingTable scores = candidate.scores();
        Tally[] panel = new Tally[scores.raters()];
        for (int interviewer = 0; interviewer < panel.length; interviewer++) {
            panel[interviewer] =
                    tallies.computeIfAbsent(
                            candidate.interviewers().get(interviewer), name -> new Tally());
        }
        boolean[] coRated = new boolean[panel.length];
        for (int question = 0; question < scores.targets(); question++) {
            double sum = 0;
            int raters = 0;
            for (int interviewer = 0; interviewer < panel.length; interviewer++) {
                if (scores.isRated(question, interviewer)) {
                    sum += scores.value(question, interviewer);
                    raters++;
                }
            }
            if (raters < 2) {
                continue;
            }
            for (int interviewer = 0; interviewer < panel.length; interviewer++) {
                if (scores.isRated(question, interviewer)) {
                    double score = scores.value(question, interviewer);
                    panel[interviewer].addOffset(score - (sum - score) / (raters - 1));
                    coRated[interviewer] = true;
                }
            }
        }
        for (int interviewer = 0; interviewer < panel.length; interviewer++) {
            if (coRated[interviewer]) {
                panel[interviewer].coRatedCandidates++;
            }
        }
    }

    private static final class Tally {

        private double offsetSum;
        private int coRatedRatings;
        private int coRatedCandidates;

        void addOffset(double offset) {
            offsetSum += offset;
            coRatedRatings++;
        }

        RaterLeniency toLeniency(String interviewer) {
            OptionalDouble leniency =
                    coRatedCandidates >= MINIMUM_CO_RATED_CANDIDATES
                            ? OptionalDouble.of(offsetSum / coRatedRatings)
                            : OptionalDouble.empty();
            return new RaterLeniency(interviewer, coRatedRatings, coRatedCandidates, leniency);
        }
    }
}
