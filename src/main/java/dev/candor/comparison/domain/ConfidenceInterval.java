package dev.candor.comparison.domain;

public record ConfidenceInterval(double lower, double upper) {

    /** The part of this interval that lies between {@code lowest} and {@code highest}. */
    public ConfidenceInterval within(double lowest, double highest) {
        return new ConfidenceInterval(Math.max(lower, lowest), Math.min(upper, highest));
    }
}
