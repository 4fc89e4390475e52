package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units,
     * missing values.
     */
    private static final RatingTable KRIPPENDORFF =
            Tables.ratersByTargets(
                    "1 2 3 3 2 1 4 1 2 . . .",
                    "1 2 3 3 2 2 4 1 2 5 . 3",
                    ". 3 3 3 2 3 4 2 2 5 1 .",
                    "1 2 3 3 2 4 4 1 2 5 1 .");

    @Test
    void intervalAlphaMatchesKrippendorffsWorkedExample() {
        assertEquals(0.849, value(KrippendorffAlpha.interval(KRIPPENDORFF)), 0.0005);
    }

    @Test
    void nominalAlphaMatchesKrippendorffsWorkedExample() {
        assertEquals(0.743, value(KrippendorffAlpha.nominal(KRIPPENDORFF)), 0.0005);
    }

    @Test
    void unitsWithASingleValueAreNotPairableAndChangeNothing() {
        RatingTable withoutLoneValues =
                Tables.ratersByTargets(
                        "1 2 3 3 2 1 4 1 2 . .",
                        "1 2 3 3 2 2 4 1 2 5 .",
                        ". 3 3 3 2 3 4 2 2 5 1",
                        "1 2 3 3 2 4 4 1 2 5 1");

        assertEquals(
                value(KrippendorffAlpha.interval(withoutLoneValues)),
                value(KrippendorffAlpha.interval(KRIPPENDORFF)),
                1e-12);
    }

    @Test
    void handComputedSmallPanelWithMissingRatings() {
        // Units (1,2), (3,3,4), (5,.,.), (.,5,4). Pairable values 1,2,3,3,4,5,4: n = 7, mean 22/7.
        // Observed: (1-2)^2*2/1 + [(3-4)^2*2*2]/2 + (5-4)^2*2/1 = 2 + 2 + 2 = 6.
        // Expected: 2n * SS = 14 * (80 - 22^2/7) = 14 * 76/7 = 152.  alpha = 1 - (n-1) * 6 / 152.
        RatingTable table = Tables.targetsByRaters("1 2 .", "3 3 4", "5 . .", ". 5 4");

        assertEquals(1 - 6.0 * 6 / 152, value(KrippendorffAlpha.interval(table)), 1e-12);
    }

    @Test
    void perfectAgreementIsOneEvenWithMissingRatings() {
        RatingTable table = Tables.targetsByRaters("1 1 .", "4 . 4", "2 2 2");

        assertEquals(1, value(KrippendorffAlpha.interval(table)), 1e-12);
        assertEquals(1, value(KrippendorffAlpha.nominal(table)), 1e-12);
    }

    @Test
    void systematicDisagreementIsNegativeAndNotClipped() {
        // Observed 32+32+8+8 = 80, expected 2*8*20 = 320: alpha = 1 - 7*80/320.
        RatingTable table = Tables.targetsByRaters("1 5", "5 1", "2 4", "4 2");

        assertTrue(value(KrippendorffAlpha.interval(table)) < 0);
        assertEquals(-0.75, value(KrippendorffAlpha.interval(table)), 1e-12);
    }

    @Test
    void noVarianceLeavesAlphaUndefined() {
        RatingTable table = Tables.targetsByRaters("3 3", "3 .", "3 3");

        assertEquals(OptionalDouble.empty(), KrippendorffAlpha.interval(table));
        assertEquals(OptionalDouble.empty(), KrippendorffAlpha.nominal(table));
    }

    @Test
    void aSingleRaterLeavesAlphaUndefined() {
        assertEquals(
                OptionalDouble.empty(),
                KrippendorffAlpha.interval(Tables.targetsByRaters("1", "3", "5")));
    }

    @Test
    void aSinglePairableUnitLeavesAlphaUndefined() {
        RatingTable table = Tables.targetsByRaters("1 5", "2 .", ". 4");

        assertEquals(OptionalDouble.empty(), KrippendorffAlpha.interval(table));
    }

    private static double value(OptionalDouble statistic) {
        assertTrue(statistic.isPresent(), "expected alpha to be defined");
        return statistic.getAsDouble();
    }
}
