package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidateRatingsTest {

    @Test
    void anInterviewersScoreIsTheMeanOfTheQuestionsTheyScored() {
        CandidateRatings ratings =
                CandidateRatings.of(
                        "ada",
                        List.of(
                                new InterviewerScore("ada", "q1", "design", "kim", 4),
                                new InterviewerScore("ada", "q2", "design", "kim", 2),
                                new InterviewerScore("ada", "q3", "coding", "lee", 5)));

        assertEquals(Map.of("kim", 3.0, "lee", 5.0), ratings.interviewerScores());
    }

    @Test
    void everyInterviewerWeighsTheSameInThePanelScoreHoweverManyQuestionsTheyScored() {
        CandidateRatings ratings =
                CandidateRatings.of(
                        "ada",
                        List.of(
                                new InterviewerScore("ada", "q1", "design", "kim", 5),
                                new InterviewerScore("ada", "q1", "design", "lee", 1),
                                new InterviewerScore("ada", "q2", "design", "lee", 1),
                                new InterviewerScore("ada", "q3", "design", "lee", 1)));

        PanelScore score = ratings.panelScore();

        assertEquals(3, score.score(), 1e-12);
        assertEquals(2, score.interviewers());
    }

    @Test
    void competencyScoresAverageOnlyThatCompetencysQuestions() {
        CandidateRatings ratings =
                CandidateRatings.of(
                        "ada",
                        List.of(
                                new InterviewerScore("ada", "q1", "design", "kim", 4),
                                new InterviewerScore("ada", "q2", "coding", "kim", 2),
                                new InterviewerScore("ada", "q1", "design", "lee", 5),
                                new InterviewerScore("ada", "q3", "design", "lee", 3)));

        Map<String, PanelScore> scores = ratings.competencyScores();

        assertEquals(List.of("design", "coding"), List.copyOf(scores.keySet()));
        assertEquals((4 + (5 + 3) / 2.0) / 2, scores.get("design").score(), 1e-12);
        assertEquals(2, scores.get("design").interviewers());
        assertEquals(2, scores.get("coding").score(), 1e-12);
        assertEquals(Optional.empty(), scores.get("coding").interval());
    }

    @Test
    void questionStatisticsFollowTheQuestionsAndLeaveSkipsOut() {
        CandidateRatings ratings =
                CandidateRatings.of(
                        "ada",
                        List.of(
                                new InterviewerScore("ada", "q1", "design", "kim", 1),
                                new InterviewerScore("ada", "q1", "design", "lee", 4),
                                new InterviewerScore("ada", "q2", "coding", "kim", 3)));

        List<QuestionStatistics> statistics =
                ratings.questionStatistics(QuestionStatistics.DEFAULT_DISAGREEMENT_THRESHOLD);

        assertEquals(2, statistics.size());
        assertEquals("q1", statistics.get(0).question());
        assertEquals(true, statistics.get(0).disagreement());
        assertEquals("coding", statistics.get(1).competency());
        assertEquals(1, statistics.get(1).ratings());
    }

    @Test
    void agreementTakesQuestionsAsTargetsAndInterviewersAsRaters() {
        CandidateRatings ratings =
                CandidateRatings.of(
                        "ada",
                        List.of(
                                new InterviewerScore("ada", "q1", "design", "kim", 1),
                                new InterviewerScore("ada", "q1", "design", "lee", 2),
                                new InterviewerScore("ada", "q2", "design", "kim", 3),
                                new InterviewerScore("ada", "q2", "design", "lee", 3),
                                new InterviewerScore("ada", "q3", "design", "lee", 4),
                                new InterviewerScore("ada", "q4", "design", "kim", 5),
                                new InterviewerScore("ada", "q4", "design", "lee", 4)));
        RatingTable sameScores = Tables.targetsByRaters("1 2", "3 3", ". 4", "5 4");

        PanelAgreement agreement = ratings.agreement();

        assertEquals(
                IntraclassCorrelation.of(sameScores).icc21(),
                agreement.intraclassCorrelation().icc21());
        assertEquals(
                IntraclassCorrelation.of(sameScores).icc2k(),
                agreement.intraclassCorrelation().icc2k());
        assertEquals(KrippendorffAlpha.interval(sameScores), agreement.alpha());
    }

    @Test
    void anInterviewerRatesAQuestionOnlyOnce() {
        List<InterviewerScore> twice =
                List.of(
                        new InterviewerScore("ada", "q1", "design", "kim", 4),
                        new InterviewerScore("ada", "q1", "design", "kim", 5));

        assertThrows(IllegalArgumentException.class, () -> CandidateRatings.of("ada", twice));
    }

    @Test
    void aQuestionBelongsToOneCompetency() {
        List<InterviewerScore> conflicting =
                List.of(
                        new InterviewerScore("ada", "q1", "design", "kim", 4),
                        new InterviewerScore("ada", "q1", "coding", "lee", 5));

        assertThrows(IllegalArgumentException.class, () -> CandidateRatings.of("ada", conflicting));
    }

    @Test
    void ratingsOfAnotherCandidateAreRejected() {
        List<InterviewerScore> someoneElse =
                List.of(new InterviewerScore("bob", "q1", "design", "kim", 4));

        assertThrows(IllegalArgumentException.class, () -> CandidateRatings.of("ada", someoneElse));
    }
}
