package dev.candor.comparison.domain;

public record ConfidenceInterval(double lower, double upper) {
}
