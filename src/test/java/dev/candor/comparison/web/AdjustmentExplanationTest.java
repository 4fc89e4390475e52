package dev.candor.comparison.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.candor.comparison.application.Interval;
import org.junit.jupiter.api.Test;

class AdjustmentExplanationTest {

    @Test
    void aWiderIntervalIsExplainedAsScoresFurtherApartOnceStrictnessIsTakenOut() {
        assertEquals(
                "comparison.adjustment.wider",
                AdjustmentExplanation.intervalChange(
                        new Interval(3.95, 5.0), new Interval(2.79, 5.0)));
    }

    @Test
    void aNarrowerIntervalIsExplainedAsScoresCloserTogether() {
        assertEquals(
                "comparison.adjustment.narrower",
                AdjustmentExplanation.intervalChange(
                        new Interval(1.0, 5.0), new Interval(1.2, 5.0)));
    }

    @Test
    void anIntervalThatDidNotVisiblyMoveOrIsMissingNeedsNoSentence() {
        assertNull(
                AdjustmentExplanation.intervalChange(
                        new Interval(1.0, 5.0), new Interval(1.0, 5.0)));
        assertNull(
                AdjustmentExplanation.intervalChange(
                        new Interval(2.0, 4.0), new Interval(2.02, 4.0)));
        assertNull(AdjustmentExplanation.intervalChange(null, new Interval(1, 5)));
    }
}
