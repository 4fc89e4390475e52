package dev.candor.comparison.domain;

import static dev.candor.comparison.domain.QuestionStatistics.DEFAULT_DISAGREEMENT_THRESHOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class QuestionStatisticsTest {

    @Test
    void describesTheSpreadOfThePanelsScores() {
        QuestionStatistics statistics = question("q", 2, 3, 4);

        assertEquals(3, statistics.ratings());
        assertEquals(3, statistics.mean(), 1e-12);
        assertEquals(1, statistics.standardDeviation().getAsDouble(), 1e-12);
        assertEquals(2, statistics.lowest());
        assertEquals(4, statistics.highest());
        assertEquals(2, statistics.range());
    }

    @Test
    void aRangeOfTwoPointsIsADisagreementByDefault() {
        assertTrue(question("q", 2, 3, 4).disagreement());
        assertFalse(question("q", 3, 3, 4).disagreement());
    }

    @Test
    void theDisagreementThresholdCanBeRaised() {
        assertFalse(QuestionStatistics.of("q", "c", new double[] {2, 4}, 3).disagreement());
        assertTrue(QuestionStatistics.of("q", "c", new double[] {1, 4}, 3).disagreement());
    }

    @Test
    void withinGroupAgreementComparesTheVarianceWithRandomAnswersOnAFivePointScale() {
        // s^2 = 1 against 2 for uniformly random answers on 1-5.
        assertEquals(0.5, question("q", 2, 3, 4).withinGroupAgreement().getAsDouble(), 1e-12);
        assertEquals(1, question("q", 4, 4, 4).withinGroupAgreement().getAsDouble(), 1e-12);
    }

    @Test
    void withinGroupAgreementIsZeroWhenScoresVaryMoreThanRandomAnswers() {
        assertEquals(0, question("q", 1, 5).withinGroupAgreement().getAsDouble());
    }

    @Test
    void aSingleScoreHasNoSpread() {
        QuestionStatistics statistics = question("q", 4);

        assertEquals(OptionalDouble.empty(), statistics.standardDeviation());
        assertEquals(OptionalDouble.empty(), statistics.withinGroupAgreement());
        assertFalse(statistics.disagreement());
    }

    @Test
    void theWidestRangeIsDiscussedFirstThenTheLargestStandardDeviation() {
        QuestionStatistics agreed = question("agreed", 3, 3, 3);
        QuestionStatistics oneOutlier = question("one outlier", 2, 4, 4);
        QuestionStatistics split = question("split", 2, 4);
        QuestionStatistics wide = question("wide", 1, 3, 4);
        QuestionStatistics single = question("single", 5);

        List<QuestionStatistics> ordered =
                QuestionStatistics.inDiscussionOrder(
                        List.of(agreed, oneOutlier, single, split, wide));

        assertEquals(List.of(wide, split, oneOutlier, agreed, single), ordered);
    }

    private static QuestionStatistics question(String question, double... scores) {
        return QuestionStatistics.of(
                question, "competency", scores, DEFAULT_DISAGREEMENT_THRESHOLD);
    }
}
