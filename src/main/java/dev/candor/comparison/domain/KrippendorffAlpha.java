package dev.candor.comparison.domain;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Krippendorff's alpha, alpha = 1 - D<sub>o</sub> / D<sub>e</sub>, in its pairwise-difference form
 * (equivalent to the coincidence matrix of Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011). Unlike the intraclass correlations it tolerates unrated cells, so a
 * question one interviewer skipped still counts. Targets are the units; a unit with fewer than 2
 * values cannot be paired and is dropped.
 *
 * <p>Alpha is empty when it is not defined: fewer than 2 pairable units, or all pairable values
 * equal (no expected disagreement). A negative alpha is returned as computed: disagreement is
 * systematic, worse than chance.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {}

    /**
     * Alpha with the interval metric, (a - b)<sup>2</sup>: the one for scores on a rating scale.
     */
    public static OptionalDouble interval(RatingTable table) {
        return alpha(table, Metric.INTERVAL);
    }

    /** Alpha with the nominal metric: any two different values disagree equally. */
    public static OptionalDouble nominal(RatingTable table) {
        return alpha(table, Metric.NOMINAL);
    }

    private static OptionalDouble alpha(RatingTable table, Metric metric) {
        PairableValues pairable = PairableValues.of(table);
        if (pairable.units < 2 || pairable.allEqual()) {
            return OptionalDouble.empty();
        }
        double observed = 0;
        for (int unit = 0; unit < pairable.units; unit++) {
            int from = pairable.unitStarts[unit];
            int to = pairable.unitStarts[unit + 1];
            observed += metric.sumOverOrderedPairs(pairable.values, from, to) / (to - from - 1);
        }
        double expected = metric.sumOverOrderedPairs(pairable.values, 0, pairable.count());
        return OptionalDouble.of(1 - (pairable.count() - 1) * observed / expected);
    }

    private enum Metric {
        INTERVAL {
            // The sum of (a - b)^2 over the ordered pairs of m values is 2 m times their sum of
            // squared deviations.
            @Override
            double sumOverOrderedPairs(double[] values, int from, int to) {
                int m = to - from;
                double mean = 0;
                for (int i = from; i < to; i++) {
                    mean += values[i];
                }
                mean /= m;
                double squares = 0;
                for (int i = from; i < to; i++) {
                    squares += (values[i] - mean) * (values[i] - mean);
                }
                return 2.0 * m * squares;
            }
        },
        NOMINAL {
            // Ordered pairs that differ: all m^2 pairs less those within each group of equal
            // values.
            @Override
            double sumOverOrderedPairs(double[] values, int from, int to) {
                double[] sorted = Arrays.copyOfRange(values, from, to);
                Arrays.sort(sorted);
                double agreeingPairs = 0;
                int runStart = 0;
                for (int i = 1; i <= sorted.length; i++) {
                    if (i == sorted.length || sorted[i] != sorted[runStart]) {
                        agreeingPairs += (double) (i - runStart) * (i - runStart);
                        runStart = i;
                    }
                }
                return (double) sorted.length * sorted.length - agreeingPairs;
            }
        };

        abstract double sumOverOrderedPairs(double[] values, int from, int to);
    }

    /** The values of the units with at least 2 values, unit after unit. */
    private static final class PairableValues {

        final double[] values;
        final int[] unitStarts;
        final int units;

        private PairableValues(double[] values, int[] unitStarts, int units) {
            this.values = values;
            this.unitStarts = unitStarts;
            this.units = units;
        }

        static PairableValues of(RatingTable table) {
            double[] values = new double[table.targets() * table.raters()];
            int[] unitStarts = new int[table.targets() + 1];
            int count = 0;
            int units = 0;
            for (int target = 0; target < table.targets(); target++) {
                int start = count;
                for (int rater = 0; rater < table.raters(); rater++) {
                    if (table.isRated(target, rater)) {
                        values[count++] = table.value(target, rater);
                    }
                }
                if (count - start >= 2) {
                    unitStarts[units++] = start;
                    unitStarts[units] = count;
                } else {
                    count = start;
                }
            }
            return new PairableValues(values, unitStarts, units);
        }

        int count() {
            return unitStarts[units];
        }

        boolean allEqual() {
            for (int i = 1; i < count(); i++) {
                if (values[i] != values[0]) {
                    return false;
                }
            }
            return true;
        }
    }
}
