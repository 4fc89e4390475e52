package dev.candor.comparison.application;

import dev.candor.comparison.domain.ConfidenceInterval;

/** A 95% t-interval; null where one interviewer gives none. */
public record Interval(double lower, double upper) {

    static Interval of(java.util.Optional<ConfidenceInterval> interval) {
        return interval.map(i -> new Interval(i.lower(), i.upper())).orElse(null);
    }
}
