package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IntraclassCorrelationTest {

    /** Shrout &amp; Fleiss (1979), Table 2: 6 targets rated by 4 judges. */
    private static final String[] SHROUT_FLEISS = {
        " 9 2 5 8", " 6 1 3 2", " 8 4 6 8", " 7 1 2 6", "10 5 6 9", " 6 2 4 7"
    };

    private final IntraclassCorrelation shroutFleiss =
            IntraclassCorrelation.of(Tables.targetsByRaters(SHROUT_FLEISS));

    @Test
    void icc11MatchesShroutAndFleissWorkedExample() {
        assertEquals(0.17, value(shroutFleiss.icc11()), 0.005);
    }

    @Test
    void icc21MatchesShroutAndFleissWorkedExample() {
        assertEquals(0.29, value(shroutFleiss.icc21()), 0.005);
    }

    @Test
    void icc31MatchesShroutAndFleissWorkedExample() {
        assertEquals(0.71, value(shroutFleiss.icc31()), 0.005);
    }

    @Test
    void icc1kMatchesShroutAndFleissWorkedExample() {
        assertEquals(0.44, value(shroutFleiss.icc1k()), 0.005);
    }

    @Test
    void icc2kMatchesShroutAndFleissWorkedExample() {
        assertEquals(0.62, value(shroutFleiss.icc2k()), 0.005);
    }

    @Test
    void icc3kMatchesShroutAndFleissWorkedExample() {
        assertEquals(0.91, value(shroutFleiss.icc3k()), 0.005);
    }

    @Test
    void targetsSomeRaterSkippedAreLeftOut() {
        String[] withIncompleteTargets = new String[SHROUT_FLEISS.length + 2];
        System.arraycopy(SHROUT_FLEISS, 0, withIncompleteTargets, 0, SHROUT_FLEISS.length);
        withIncompleteTargets[SHROUT_FLEISS.length] = "1 . 9 1";
        withIncompleteTargets[SHROUT_FLEISS.length + 1] = ". . . 3";

        IntraclassCorrelation icc =
                IntraclassCorrelation.of(Tables.targetsByRaters(withIncompleteTargets));

        assertEquals(6, icc.targets());
        assertEquals(value(shroutFleiss.icc21()), value(icc.icc21()), 1e-12);
        assertEquals(value(shroutFleiss.icc2k()), value(icc.icc2k()), 1e-12);
    }

    @Test
    void handComputedSmallPanelWithASkippedQuestion() {
        // Complete questions (1,2), (3,3), (5,4): grand mean 3, SS targets 2(2.25 + 0 + 2.25) = 9,
        // SS raters 0,
        // SS total 4+1+0+0+4+1 = 10; so BMS = 9/2, JMS = 0, EMS = 1/(2*1), WMS = 1/(3*1).
        IntraclassCorrelation icc =
                IntraclassCorrelation.of(Tables.targetsByRaters("1 2", "3 3", ". 4", "5 4"));

        assertEquals(3, icc.targets());
        assertEquals((4.5 - 0.5) / (4.5 + 0.5 + 2 * (0 - 0.5) / 3), value(icc.icc21()), 1e-12);
        assertEquals((4.5 - 0.5) / (4.5 + (0 - 0.5) / 3), value(icc.icc2k()), 1e-12);
        assertEquals((4.5 - 1.0 / 3) / (4.5 + 1.0 / 3), value(icc.icc11()), 1e-12);
    }

    @Test
    void perfectAgreementIsOne() {
        IntraclassCorrelation icc =
                IntraclassCorrelation.of(Tables.targetsByRaters("1 1 1", "4 4 4", "2 2 2"));

        assertEquals(1, value(icc.icc21()), 1e-12);
        assertEquals(1, value(icc.icc2k()), 1e-12);
        assertEquals(1, value(icc.icc11()), 1e-12);
    }

    @Test
    void systematicDisagreementIsNegativeAndNotClipped() {
        // Every question averages 3, so all variance is disagreement: BMS = 0, JMS = 0, EMS = 20/3,
        // WMS = 5.
        IntraclassCorrelation icc =
                IntraclassCorrelation.of(Tables.targetsByRaters("1 5", "5 1", "2 4", "4 2"));

        assertTrue(value(icc.icc21()) < 0);
        assertEquals(-2, value(icc.icc21()), 1e-12);
        assertEquals(-1, value(icc.icc11()), 1e-12);
        assertEquals(-1, value(icc.icc31()), 1e-12);
    }

    @Test
    void noVarianceLeavesEveryCorrelationUndefined() {
        IntraclassCorrelation icc =
                IntraclassCorrelation.of(Tables.targetsByRaters("3 3", "3 3", "3 3"));

        assertAllUndefined(icc);
    }

    @Test
    void aConstantGapBetweenRatersOnIdenticalQuestionsLeavesConsistencyUndefinedButAgreementZero() {
        // Targets do not differ (BMS = 0) and nothing is left over (EMS = 0): consistency is 0/0,
        // agreement 0/JMS.
        IntraclassCorrelation icc = IntraclassCorrelation.of(Tables.targetsByRaters("3 4", "3 4"));

        assertEquals(OptionalDouble.empty(), icc.icc31());
        assertEquals(OptionalDouble.empty(), icc.icc3k());
        assertEquals(0, value(icc.icc21()), 1e-12);
    }

    @Test
    void aSingleRaterLeavesEveryCorrelationUndefined() {
        assertAllUndefined(IntraclassCorrelation.of(Tables.targetsByRaters("1", "3", "5")));
    }

    @Test
    void aSingleCompleteTargetLeavesEveryCorrelationUndefined() {
        IntraclassCorrelation icc =
                IntraclassCorrelation.of(Tables.targetsByRaters("1 5", "2 .", ". 4"));

        assertEquals(1, icc.targets());
        assertAllUndefined(icc);
    }

    private static void assertAllUndefined(IntraclassCorrelation icc) {
        assertEquals(OptionalDouble.empty(), icc.icc11());
        assertEquals(OptionalDouble.empty(), icc.icc21());
        assertEquals(OptionalDouble.empty(), icc.icc31());
        assertEquals(OptionalDouble.empty(), icc.icc1k());
        assertEquals(OptionalDouble.empty(), icc.icc2k());
        assertEquals(OptionalDouble.empty(), icc.icc3k());
    }

    private static double value(OptionalDouble statistic) {
        assertTrue(statistic.isPresent(), "expected the statistic to be defined");
        return statistic.getAsDouble();
    }
}
