package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class OpeningRatingsTest {

    @Test
    void panelScoresAreGivenPerCandidateInTheOrderTheyFirstAppear() {
        OpeningRatings opening =
                OpeningRatings.of(
                        List.of(
                                new InterviewerScore("bob", "q1", "design", "kim", 2),
                                new InterviewerScore("ada", "q1", "design", "kim", 4),
                                new InterviewerScore("ada", "q1", "design", "lee", 5)));

        Map<String, PanelScore> scores = opening.panelScores();

        assertEquals(List.of("bob", "ada"), List.copyOf(scores.keySet()));
        assertEquals(4.5, scores.get("ada").score(), 1e-12);
        assertEquals(2, opening.competencyScores().get("bob").get("design").score(), 1e-12);
    }

    @Test
    void adjustedPanelScoresTakeOffOnlyTheLeniencyThatIsReported() {
        List<InterviewerScore> ratings = new ArrayList<>();
        for (String candidate : List.of("ada", "bob", "cy")) {
            ratings.add(new InterviewerScore(candidate, "q1", "design", "kim", 5));
            ratings.add(new InterviewerScore(candidate, "q1", "design", "lee", 3));
        }
        // New to the panel: max co-rates one candidate only, so max's scores stay as they are.
        ratings.add(new InterviewerScore("dee", "q1", "design", "kim", 4));
        ratings.add(new InterviewerScore("dee", "q1", "design", "max", 4));

        Map<String, PanelScore> adjusted = OpeningRatings.of(ratings).adjustedPanelScores();

        // kim's leniency: (2 + 2 + 2 + 0) / 4 = 1.5; lee's: (-2 * 3) / 3 = -2.
        assertEquals(((5 - 1.5) + (3 + 2)) / 2, adjusted.get("ada").score(), 1e-12);
        assertEquals(((4 - 1.5) + 4) / 2, adjusted.get("dee").score(), 1e-12);
    }

    @Test
    void agreementIsGivenPerCandidate() {
        OpeningRatings opening =
                OpeningRatings.of(
                        List.of(
                                new InterviewerScore("ada", "q1", "design", "kim", 1),
                                new InterviewerScore("ada", "q1", "design", "lee", 1),
                                new InterviewerScore("ada", "q2", "design", "kim", 4),
                                new InterviewerScore("ada", "q2", "design", "lee", 4),
                                new InterviewerScore("bob", "q1", "design", "kim", 3)));

        Map<String, PanelAgreement> agreement = opening.agreement();

        assertEquals(OptionalDouble.of(1), agreement.get("ada").intraclassCorrelation().icc21());
        assertEquals(OptionalDouble.empty(), agreement.get("bob").alpha());
    }

    @Test
    void openingAlphaComparesTheInterviewersOverallScoresAcrossCandidates() {
        OpeningRatings opening =
                OpeningRatings.of(
                        List.of(
                                new InterviewerScore("ada", "q1", "design", "kim", 1),
                                new InterviewerScore("ada", "q2", "design", "kim", 2),
                                new InterviewerScore("ada", "q1", "design", "lee", 1),
                                new InterviewerScore("bob", "q1", "design", "kim", 3),
                                new InterviewerScore("bob", "q1", "design", "lee", 3),
                                new InterviewerScore("bob", "q1", "design", "max", 4),
                                new InterviewerScore("cy", "q1", "design", "lee", 5),
                                new InterviewerScore("cy", "q1", "design", "max", 4),
                                new InterviewerScore("dee", "q1", "design", "max", 2)));
        RatingTable overallScores =
                Tables.targetsByRaters("1.5 1 .", "3   3 4", ".   5 4", ".   . 2");

        assertEquals(KrippendorffAlpha.interval(overallScores), opening.openingAlpha());
    }

    @Test
    void interviewersWhoRankCandidatesAlikeGiveAnOpeningAlphaNearOne() {
        List<InterviewerScore> ratings = new ArrayList<>();
        for (int candidate = 0; candidate < 5; candidate++) {
            for (String interviewer : List.of("kim", "lee", "max")) {
                ratings.add(
                        new InterviewerScore(
                                "c" + candidate, "q1", "design", interviewer, candidate + 1));
            }
        }

        assertEquals(1, OpeningRatings.of(ratings).openingAlpha().getAsDouble(), 1e-12);
    }

    @Test
    void findsACandidatesRatingsById() {
        OpeningRatings opening =
                OpeningRatings.of(List.of(new InterviewerScore("ada", "q1", "design", "kim", 4)));

        assertEquals("ada", opening.candidate("ada").orElseThrow().candidate());
        assertTrue(opening.candidate("bob").isEmpty());
    }
}
