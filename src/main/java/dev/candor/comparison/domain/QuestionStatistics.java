package dev.candor.comparison.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How a panel scored one candidate on one question: the spread tells the panel what to talk about
 * first.
 *
 * @param withinGroupAgreement r<sub>wg</sub> (James, Demaree &amp; Wolf, 1984): 1 - s<sup>2</sup> /
 *     (variance of random answers), 0 when the ratings vary more than random answers would
 */
public record QuestionStatistics(
        String question,
        String competency,
        int ratings,
        double mean,
        OptionalDouble standardDeviation,
        double lowest,
        double highest,
        boolean disagreement,
        OptionalDouble withinGroupAgreement) {

    public static final double DEFAULT_DISAGREEMENT_THRESHOLD = 2;

    // (A^2 - 1) / 12 for A score points: the variance if interviewers picked a score uniformly at
    // random. 2 for 1-5.
    private static final double RANDOM_ANSWER_VARIANCE =
            (Math.pow(InterviewerScore.HIGHEST_SCORE - InterviewerScore.LOWEST_SCORE + 1, 2) - 1)
                    / 12;

    private static final Comparator<QuestionStatistics> DISCUSS_FIRST =
            Comparator.comparingDouble(QuestionStatistics::range)
                    .thenComparingDouble(statistics -> statistics.standardDeviation().orElse(0))
                    .reversed();

    /**
     * @param disagreementThreshold the range, in score points, from which the panel is said to
     *     disagree
     */
    public static QuestionStatistics of(
            String question, String competency, double[] scores, double disagreementThreshold) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("question " + question + " has no scores");
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            lowest = Math.min(lowest, score);
            highest = Math.max(highest, score);
        }
        OptionalDouble standardDeviation = OptionalDouble.empty();
        OptionalDouble withinGroupAgreement = OptionalDouble.empty();
        if (scores.length >= 2) {
            double variance = Sample.variance(scores);
            standardDeviation = OptionalDouble.of(Math.sqrt(variance));
            withinGroupAgreement =
                    OptionalDouble.of(Math.max(0, 1 - variance / RANDOM_ANSWER_VARIANCE));
        }
        return new QuestionStatistics(
                question,
                competency,
                scores.length,
                Sample.mean(scores),
                standardDeviation,
                lowest,
                highest,
                highest - lowest >= disagreementThreshold,
                withinGroupAgreement);
    }

    /**
     * The questions the panel disagreed on most come first: largest range, then largest standard
     * deviation.
     */
    public static List<QuestionStatistics> inDiscussionOrder(
            Collection<QuestionStatistics> questions) {
        List<QuestionStatistics> ordered = new ArrayList<>(questions);
        ordered.sort(DISCUSS_FIRST);
        return ordered;
    }

    public double range() {
        return highest - lowest;
    }
}
