package dev.candor.comparison.domain;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A candidate's score from the panel: the mean of the interviewers' own scores, so an interviewer
 * who asked more questions does not weigh more. The 95% t-interval shows how far the panel is from
 * settled; one interviewer gives no interval. The interval is cut to the rating scale: a mean of
 * scores from 1 to 5 cannot lie outside it, and two interviewers a point apart (one degree of
 * freedom) would otherwise give bounds like -2.9 to 9.9.
 */
public record PanelScore(double score, int interviewers, Optional<ConfidenceInterval> interval) {

    private static final double CONFIDENCE = 0.95;

    // Solving for a t quantile is iterative, and an opening's panels come in only a few sizes.
    private static final Map<Integer, Double> T_QUANTILE_BY_DEGREES_OF_FREEDOM =
            new ConcurrentHashMap<>();

    public static PanelScore of(double... interviewerScores) {
        int n = interviewerScores.length;
        if (n == 0) {
            throw new IllegalArgumentException(
                    "a panel score needs at least one interviewer's score");
        }
        double mean = Sample.mean(interviewerScores);
        if (n == 1) {
            return new PanelScore(mean, n, Optional.empty());
        }
        double t =
                T_QUANTILE_BY_DEGREES_OF_FREEDOM.computeIfAbsent(
                        n - 1,
                        degreesOfFreedom ->
                                new StudentT(degreesOfFreedom).quantile(1 - (1 - CONFIDENCE) / 2));
        double halfWidth = t * Math.sqrt(Sample.variance(interviewerScores) / n);
        // A leniency-adjusted mean can lie just outside the scale; the interval still holds it.
        ConfidenceInterval onTheScale =
                new ConfidenceInterval(mean - halfWidth, mean + halfWidth)
                        .within(
                                Math.min(InterviewerScore.LOWEST_SCORE, mean),
                                Math.max(InterviewerScore.HIGHEST_SCORE, mean));
        return new PanelScore(mean, n, Optional.of(onTheScale));
    }
}
