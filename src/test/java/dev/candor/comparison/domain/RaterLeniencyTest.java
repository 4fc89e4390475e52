package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RaterLeniencyTest {

    @Test
    void aLenientInterviewerScoresAboveTheRestOfThePanel() {
        List<InterviewerScore> ratings = new ArrayList<>();
        for (String candidate : List.of("ada", "bob", "cy")) {
            for (String question : List.of("q1", "q2")) {
                ratings.add(new InterviewerScore(candidate, question, "design", "kim", 4));
                ratings.add(new InterviewerScore(candidate, question, "design", "lee", 3));
                ratings.add(new InterviewerScore(candidate, question, "design", "max", 3));
            }
        }

        List<RaterLeniency> leniency = OpeningRatings.of(ratings).leniency();

        // kim: 4 - (3 + 3)/2 = +1; lee and max: 3 - (4 + 3)/2 = -0.5.
        assertEquals(
                List.of(
                        new RaterLeniency("kim", 6, 3, OptionalDouble.of(1)),
                        new RaterLeniency("lee", 6, 3, OptionalDouble.of(-0.5)),
                        new RaterLeniency("max", 6, 3, OptionalDouble.of(-0.5))),
                leniency);
    }

    @Test
    void leniencyIsReportedOnlyAfterThreeCoRatedCandidates() {
        List<InterviewerScore> ratings =
                List.of(
                        new InterviewerScore("ada", "q1", "design", "kim", 5),
                        new InterviewerScore("ada", "q1", "design", "lee", 3),
                        new InterviewerScore("ada", "q2", "design", "kim", 4),
                        new InterviewerScore("ada", "q2", "design", "lee", 4),
                        new InterviewerScore("bob", "q1", "design", "kim", 4),
                        new InterviewerScore("bob", "q1", "design", "lee", 2));

        List<RaterLeniency> leniency = OpeningRatings.of(ratings).leniency();

        assertEquals(new RaterLeniency("kim", 3, 2, OptionalDouble.empty()), leniency.get(0));
    }

    @Test
    void questionsNoOneElseScoredDoNotCount() {
        List<InterviewerScore> ratings = new ArrayList<>();
        for (String candidate : List.of("ada", "bob", "cy")) {
            ratings.add(new InterviewerScore(candidate, "q1", "design", "kim", 3));
            ratings.add(new InterviewerScore(candidate, "q1", "design", "lee", 2));
            ratings.add(new InterviewerScore(candidate, "q2", "design", "kim", 5));
        }
        ratings.add(new InterviewerScore("dee", "q1", "design", "kim", 1));

        RaterLeniency kim = OpeningRatings.of(ratings).leniency().get(0);

        assertEquals(new RaterLeniency("kim", 3, 3, OptionalDouble.of(1)), kim);
    }

    @Test
    void anInterviewerWhoNeverSatWithAnotherIsListedWithNothingCoRated() {
        List<InterviewerScore> ratings =
                List.of(new InterviewerScore("ada", "q1", "design", "kim", 3));

        assertEquals(
                List.of(new RaterLeniency("kim", 0, 0, OptionalDouble.empty())),
                OpeningRatings.of(ratings).leniency());
    }
}
