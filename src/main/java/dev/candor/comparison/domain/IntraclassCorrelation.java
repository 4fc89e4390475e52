package dev.candor.comparison.domain;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The six intraclass correlations of Shrout &amp; Fleiss (1979), "Intraclass correlations: uses in
 * assessing rater reliability", Psychological Bulletin 86(2). ICC(2,1) and ICC(2,k) (two-way random
 * effects, absolute agreement) are the ones Candor shows: interviewers are a sample of possible
 * interviewers, and a lenient interviewer should count as disagreement. Only targets every rater
 * scored (complete cases) take part.
 *
 * <p>A correlation is empty when it is not defined: fewer than 2 complete targets or 2 raters, or a
 * zero denominator (no variance). A negative value is returned as computed: it says agreement is
 * worse than chance.
 */
public final class IntraclassCorrelation {

    private final int targets;
    private final int raters;
    private final Optional<MeanSquares> meanSquares;

    private IntraclassCorrelation(int targets, int raters, Optional<MeanSquares> meanSquares) {
        this.targets = targets;
        this.raters = raters;
        this.meanSquares = meanSquares;
    }

    public static IntraclassCorrelation of(RatingTable table) {
        RatingTable complete = table.completeCases();
        Optional<MeanSquares> meanSquares =
                complete.targets() >= 2 && complete.raters() >= 2
                        ? Optional.of(MeanSquares.of(complete))
                        : Optional.empty();
        return new IntraclassCorrelation(complete.targets(), complete.raters(), meanSquares);
    }

    /** The number of complete targets the correlations are based on. */
    public int targets() {
        return targets;
    }

    public int raters() {
        return raters;
    }

    /** ICC(1,1): one-way random effects, reliability of a single rater. */
    public OptionalDouble icc11() {
        return ratio(m -> m.bms - m.wms, m -> m.bms + (m.k - 1) * m.wms);
    }

    /** ICC(2,1): two-way random effects, absolute agreement, reliability of a single rater. */
    public OptionalDouble icc21() {
        return ratio(
                m -> m.bms - m.ems, m -> m.bms + (m.k - 1) * m.ems + m.k * (m.jms - m.ems) / m.n);
    }

    /** ICC(3,1): two-way mixed effects, consistency, reliability of a single rater. */
    public OptionalDouble icc31() {
        return ratio(m -> m.bms - m.ems, m -> m.bms + (m.k - 1) * m.ems);
    }

    /** ICC(1,k): one-way random effects, reliability of the mean of the k raters. */
    public OptionalDouble icc1k() {
        return ratio(m -> m.bms - m.wms, m -> m.bms);
    }

    /**
     * ICC(2,k): two-way random effects, absolute agreement, reliability of the mean of the k
     * raters.
     */
    public OptionalDouble icc2k() {
        return ratio(m -> m.bms - m.ems, m -> m.bms + (m.jms - m.ems) / m.n);
    }

    /** ICC(3,k): two-way mixed effects, consistency, reliability of the mean of the k raters. */
    public OptionalDouble icc3k() {
        return ratio(m -> m.bms - m.ems, m -> m.bms);
    }

    private OptionalDouble ratio(
            ToDoubleFunction<MeanSquares> numerator, ToDoubleFunction<MeanSquares> denominator) {
        if (meanSquares.isEmpty()) {
            return OptionalDouble.empty();
        }
        MeanSquares m = meanSquares.get();
        double divisor = denominator.applyAsDouble(m);
        if (m.isNegligible(divisor)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(numerator.applyAsDouble(m) / divisor);
    }

    /**
     * The ANOVA mean squares, named as in Shrout &amp; Fleiss so the formulas above can be checked
     * against the paper.
     */
    private static final class MeanSquares {

        // Rounding can leave a mathematically zero denominator a few ulps away from zero.
        private static final double NEGLIGIBLE_FRACTION = 1e-12;

        final int n;
        final int k;
        final double bms;
        final double wms;
        final double jms;
        final double ems;
        final double totalMeanSquare;

        private MeanSquares(
                int n,
                int k,
                double bms,
                double wms,
                double jms,
                double ems,
                double totalMeanSquare) {
            this.n = n;
            this.k = k;
            this.bms = bms;
            this.wms = wms;
            this.jms = jms;
            this.ems = ems;
            this.totalMeanSquare = totalMeanSquare;
        }

        static MeanSquares of(RatingTable complete) {
            int n = complete.targets();
            int k = complete.raters();
            double[] targetMeans = new double[n];
            double[] raterMeans = new double[k];
            double grandMean = 0;
            for (int target = 0; target < n; target++) {
                for (int rater = 0; rater < k; rater++) {
                    double value = complete.value(target, rater);
                    targetMeans[target] += value;
                    raterMeans[rater] += value;
                    grandMean += value;
                }
            }
            grandMean /= n * k;
            double betweenTargets = 0;
            for (int target = 0; target < n; target++) {
                targetMeans[target] /= k;
                betweenTargets += k * square(targetMeans[target] - grandMean);
            }
            double betweenRaters = 0;
            for (int rater = 0; rater < k; rater++) {
                raterMeans[rater] /= n;
                betweenRaters += n * square(raterMeans[rater] - grandMean);
            }
            double total = 0;
            for (int target = 0; target < n; target++) {
                for (int rater = 0; rater < k; rater++) {
                    total += square(complete.value(target, rater) - grandMean);
                }
            }
            double withinTargets = total - betweenTargets;
            double residual = withinTargets - betweenRaters;
            return new MeanSquares(
                    n,
                    k,
                    betweenTargets / (n - 1),
                    withinTargets / (n * (k - 1)),
                    betweenRaters / (k - 1),
                    residual / ((n - 1) * (k - 1)),
                    total / (n * k - 1));
        }

        boolean isNegligible(double value) {
            return Math.abs(value) <= NEGLIGIBLE_FRACTION * totalMeanSquare;
        }

        private static double square(double value) {
            return value * value;
        }
    }
}
