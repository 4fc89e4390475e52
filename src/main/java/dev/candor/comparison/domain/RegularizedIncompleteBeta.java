package dev.candor.comparison.domain;

/**
 * The regularized incomplete beta function I<sub>x</sub>(a, b), which gives Student's t
 * distribution its tail probabilities. Evaluated by the continued fraction of Numerical Recipes
 * (Press et al., 3rd ed., §6.4) with the modified Lentz method; accurate to about 1e-14 for the
 * arguments the t distribution needs (a, b >= 1/2).
 */
final class RegularizedIncompleteBeta {

    private static final int MAXIMUM_ITERATIONS = 500;
    private static final double RELATIVE_ACCURACY = 1e-15;
    // Lentz's method replaces exact zeros by this to avoid dividing by zero.
    private static final double TINY = 1e-300;

    // Lanczos approximation, g = 7, n = 9: about 15 significant digits for arguments >= 1/2.
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7
    };
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private RegularizedIncompleteBeta() {}

    static double value(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront =
                logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        // The continued fraction converges fast only below this point; above it, use the symmetry
        // I_x(a,b) = 1 - I_1-x(b,a).
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * continuedFraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
    }

    static double logGamma(double x) {
        double shifted = x - 1;
        double series = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            series += LANCZOS[i] / (shifted + i);
        }
        double t = shifted + 7.5;
        return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double result = d;
        for (int m = 1; m <= MAXIMUM_ITERATIONS; m++) {
            int twoM = 2 * m;
            double evenTerm = m * (b - m) * x / ((a - 1 + twoM) * (a + twoM));
            d = 1 / nonZero(1 + evenTerm * d);
            c = nonZero(1 + evenTerm / c);
            result *= d * c;
            double oddTerm = -(a + m) * (a + b + m) * x / ((a + twoM) * (a + 1 + twoM));
            d = 1 / nonZero(1 + oddTerm * d);
            c = nonZero(1 + oddTerm / c);
            double change = d * c;
            result *= change;
            if (Math.abs(change - 1) < RELATIVE_ACCURACY) {
                return result;
            }
        }
        throw new ArithmeticException(
                "incomplete beta continued fraction did not converge for x="
                        + x
                        + ", a="
                        + a
                        + ", b="
                        + b);
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }
}
