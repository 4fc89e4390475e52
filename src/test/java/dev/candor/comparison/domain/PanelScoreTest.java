package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PanelScoreTest {

    @Test
    void isTheMeanOfTheInterviewersScoresWithAStudentTInterval() {
        PanelScore score = PanelScore.of(3, 4, 5);

        // s = 1, n = 3, t(0.975, 2) = 4.303: half-width 4.303 / sqrt(3) = 2.484.
        assertEquals(4, score.score(), 1e-12);
        assertEquals(3, score.interviewers());
        ConfidenceInterval interval = score.interval().orElseThrow();
        assertEquals(4 - 2.484, interval.lower(), 0.001);
        assertEquals(4 + 2.484, interval.upper(), 0.001);
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
    void twoInterviewersGiveAWideIntervalBecauseTheTDistributionHasOneDegreeOfFreedom() {
        ConfidenceInterval interval = PanelScore.of(3, 4).interval().orElseThrow();

        // s = 0.7071, n = 2: half-width 12.706 * 0.5 = 6.353.
        assertTrue(interval.upper() - interval.lower() > 12.7);
        assertEquals(3.5 - 6.353, interval.lower(), 0.001);
    }

    @Test
    void needsAtLeastOneInterviewer() {
        assertThrows(IllegalArgumentException.class, PanelScore::of);
    }
}
