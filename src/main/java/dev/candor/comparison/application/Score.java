package dev.candor.comparison.application;

import dev.candor.comparison.domain.PanelScore;

/** A panel score: the mean of the interviewers' own scores, with its interval. */
public record Score(double score, Interval interval, int interviewers) {

    static Score of(PanelScore score) {
        return score == null
                ? null
                : new Score(score.score(), Interval.of(score.interval()), score.interviewers());
    }
}
