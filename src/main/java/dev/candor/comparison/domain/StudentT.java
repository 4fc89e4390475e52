package dev.candor.comparison.domain;

/**
 * Student's t distribution, for the confidence interval of a panel score: panels are small (often 2
 * to 5 interviewers), so the normal approximation would make intervals far too narrow.
 */
public final class StudentT {

    private static final int MAXIMUM_ITERATIONS = 200;
    private static final double RELATIVE_ACCURACY = 1e-13;

    private final int degreesOfFreedom;
    private final double logDensityConstant;

    public StudentT(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException(
                    "degrees of freedom must be at least 1, was " + degreesOfFreedom);
        }
        this.degreesOfFreedom = degreesOfFreedom;
        double nu = degreesOfFreedom;
        this.logDensityConstant =
                RegularizedIncompleteBeta.logGamma((nu + 1) / 2)
                        - RegularizedIncompleteBeta.logGamma(nu / 2)
                        - 0.5 * Math.log(nu * Math.PI);
    }

    /** P(T <= t). */
    public double cumulativeProbability(double t) {
        double tail = upperTail(Math.abs(t));
        return t >= 0 ? 1 - tail : tail;
    }

    /** The t such that P(T <= t) = p, for 0 < p < 1. */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException(
                    "probability must be strictly between 0 and 1, was " + p);
        }
        if (p == 0.5) {
            return 0;
        }
        double t = positiveQuantileWithUpperTail(Math.min(p, 1 - p));
        return p < 0.5 ? -t : t;
    }

    /**
     * Solves P(T > t) = tail for t > 0 by Newton's method, kept inside a shrinking bracket by
     * bisection because Newton alone overshoots into the flat far tail when there are few degrees
     * of freedom.
     */
    private double positiveQuantileWithUpperTail(double tail) {
        double low = 0;
        double high = 1;
        while (upperTail(high) > tail) {
            low = high;
            high *= 2;
        }
        double t = (low + high) / 2;
        for (int i = 0; i < MAXIMUM_ITERATIONS; i++) {
            double excess = upperTail(t) - tail;
            if (excess > 0) {
                low = t;
            } else {
                high = t;
            }
            double newton = t + excess / density(t);
            double next = newton > low && newton < high ? newton : (low + high) / 2;
            if (Math.abs(next - t) <= RELATIVE_ACCURACY * next) {
                return next;
            }
            t = next;
        }
        return t;
    }

    /**
     * P(T > t) for t >= 0, computed directly rather than as 1 - cdf so small tails keep their
     * precision.
     */
    private double upperTail(double t) {
        double nu = degreesOfFreedom;
        return 0.5 * RegularizedIncompleteBeta.value(nu / (nu + t * t), nu / 2, 0.5);
    }

    private double density(double t) {
        double nu = degreesOfFreedom;
        return Math.exp(logDensityConstant - (nu + 1) / 2 * Math.log1p(t * t / nu));
    }
}
