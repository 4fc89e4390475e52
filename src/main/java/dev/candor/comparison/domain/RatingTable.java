package dev.candor.comparison.domain;

import java.util.Arrays;

/**
 * Scores laid out as targets (rows) by raters (columns), where any cell may be unrated. For a
 * candidate the targets are the interview questions and the raters the interviewers; for an opening
 * the targets are the candidates.
 */
public final class RatingTable {

    private final int targets;
    private final int raters;
    private final double[] values;
    private final boolean[] rated;

    private RatingTable(int targets, int raters, double[] values, boolean[] rated) {
        this.targets = targets;
        this.raters = raters;
        this.values = values;
        this.rated = rated;
    }

    public int targets() {
        return targets;
    }

    public int raters() {
        return raters;
    }

    public boolean isRated(int target, int rater) {
        return rated[cell(target, rater)];
    }

    public double value(int target, int rater) {
        int cell = cell(target, rater);
        if (!rated[cell]) {
            throw new IllegalStateException(
                    "target " + target + " has no rating from rater " + rater);
        }
        return values[cell];
    }

    /**
     * The targets every rater rated, which is what the intraclass correlations are defined over.
     */
    public RatingTable completeCases() {
        Builder complete = new Builder(countCompleteTargets(), raters);
        int row = 0;
        for (int target = 0; target < targets; target++) {
            if (isComplete(target)) {
                for (int rater = 0; rater < raters; rater++) {
                    complete.rate(row, rater, value(target, rater));
                }
                row++;
            }
        }
        return complete.build();
    }

    private int countCompleteTargets() {
        int count = 0;
        for (int target = 0; target < targets; target++) {
            if (isComplete(target)) {
                count++;
            }
        }
        return count;
    }

    private boolean isComplete(int target) {
        for (int rater = 0; rater < raters; rater++) {
            if (!isRated(target, rater)) {
                return false;
            }
        }
        return true;
    }

    private int cell(int target, int rater) {
        return cellIndex(targets, raters, target, rater);
    }

    private static int cellIndex(int targets, int raters, int target, int rater) {
        if (target < 0 || target >= targets || rater < 0 || rater >= raters) {
            throw new IndexOutOfBoundsException(
                    "cell ("
                            + target
                            + ", "
                            + rater
                            + ") is outside a "
                            + targets
                            + " x "
                            + raters
                            + " table");
        }
        return target * raters + rater;
    }

    public static final class Builder {

        private final int targets;
        private final int raters;
        private final double[] values;
        private final boolean[] rated;

        public Builder(int targets, int raters) {
            if (targets < 0 || raters < 0) {
                throw new IllegalArgumentException(
                        "a table cannot have " + targets + " targets and " + raters + " raters");
            }
            this.targets = targets;
            this.raters = raters;
            this.values = new double[targets * raters];
            this.rated = new boolean[targets * raters];
        }

        public Builder rate(int target, int rater, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(
                        "a rating must be a finite number, was " + value);
            }
            int cell = cellIndex(targets, raters, target, rater);
            if (rated[cell]) {
                throw new IllegalArgumentException(
                        "target " + target + " was already rated by rater " + rater);
            }
            values[cell] = value;
            rated[cell] = true;
            return this;
        }

        public RatingTable build() {
            return new RatingTable(
                    targets,
                    raters,
                    Arrays.copyOf(values, values.length),
                    Arrays.copyOf(rated, rated.length));
        }
    }
}
