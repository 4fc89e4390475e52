package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PanelScoreTest {

    @Test
    void isTheMeanOfTheInterviewersScoresWithAStudentTInterval() {
        PanelScore score = PanelScore.of(3, 4, 3, 4, 3, 4);

        // s = 0.5477, n = 6, t(0.975, 5) = 2.571: half-width 2.571 * 0.5477 / sqrt(6) = 0.575.
        assertEquals(3.5, score.score(), 1e-12);
        assertEquals(6, score.interviewers());
        ConfidenceInterval interval = score.interval().orElseThrow();
        assertEquals(3.5 - 0.575, interval.lower(), 0.001);
        assertEquals(3.5 + 0.575, interval.upper(), 0.001);
    }

    @Test
    void anIntervalReachingPastTheScaleIsCutAtItsEnd() {
        PanelScore score = PanelScore.of(3, 4, 5);

        // s = 1, n = 3, t(0.975, 2) = 4.303: half-width 4.303 / sqrt(3) = 2.484, so 1.516 to 6.484
        // before the cut.
        ConfidenceInterval interval = score.interval().orElseThrow();
        assertEquals(4 - 2.484, interval.lower(), 0.001);
        assertEquals(5, interval.upper());
    }

    @Test
    void anAdjustedMeanOutsideTheScaleStaysInsideItsInterval() {
        ConfidenceInterval interval = PanelScore.of(5.4, 5.2).interval().orElseThrow();

        // s = 0.1414, n = 2: half-width 12.706 * 0.1 = 1.271, so 4.029 to 6.571 before the cut at
        // the mean 5.3.
        assertEquals(5.3 - 1.271, interval.lower(), 0.001);
        assertEquals(5.3, interval.upper(), 1e-12);
    }

    @Test
    void aSingleInterviewerGivesNoInterval() {
        PanelScore score = PanelScore.of(3.5);

        assertEquals(3.5, score.score());
        assertEquals(Optional.empty(), score.interval());
    }

    @Test
    void interviewersWhoAgreeExactlyGiveAnIntervalOfNoWidth() {
        ConfidenceInterval interval = PanelScore.of(4, 4).interval().orElseThrow();

        assertEquals(4, interval.lower());
        assertEquals(4, interval.upper());
    }

    @Test
    void twoInterviewersAPointApartLeaveTheWholeScaleOpen() {
        ConfidenceInterval interval = PanelScore.of(3, 4).interval().orElseThrow();

        // s = 0.7071, n = 2, t(0.975, 1) = 12.706: half-width 6.353, so -2.853 to 9.853 before the
        // cut.
        assertEquals(1, interval.lower());
        assertEquals(5, interval.upper());
    }

    @Test
    void needsAtLeastOneInterviewer() {
        assertThrows(IllegalArgumentException.class, PanelScore::of);
    }
}
