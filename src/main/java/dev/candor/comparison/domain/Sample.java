package dev.candor.comparison.domain;

/** Mean and sample variance of a handful of scores. */
final class Sample {

    private Sample() {}

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /**
     * With the n - 1 denominator: a panel is a sample of the interviewers who could have been
     * asked.
     */
    static double variance(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return squares / (values.length - 1);
    }
}
