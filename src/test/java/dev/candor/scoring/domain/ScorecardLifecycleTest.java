package dev.candor.scoring.domain;

import static dev.candor.scoring.domain.Cards.LATER;
import static dev.candor.scoring.domain.Cards.MONDAY;
import static dev.candor.scoring.domain.Cards.RULES;
import static dev.candor.scoring.domain.Cards.TUESDAY;
import static dev.candor.scoring.domain.Cards.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardLifecycleTest {

    @Test
    void a_new_scorecard_is_not_started_and_belongs_to_its_interviewer() {
        Scorecard scorecard = Cards.notStarted();

        assertEquals(ScorecardStatus.NOT_STARTED, scorecard.getStatus());
        assertTrue(scorecard.isOwnedBy("alice"));
        assertFalse(scorecard.isOwnedBy("bob"));
        assertNull(scorecard.getQuestionCount());
        assertFalse(scorecard.isWithdrawn());
    }

    @Test
    void starting_makes_a_draft_and_fixes_the_number_of_questions() {
        Scorecard scorecard = Cards.notStarted();

        assertTrue(scorecard.start(4, LATER));

        assertEquals(ScorecardStatus.DRAFT, scorecard.getStatus());
        assertEquals(4, scorecard.getQuestionCount());
        assertEquals(LATER, scorecard.getStartedAt());
    }

    @Test
    void starting_again_changes_nothing() {
        Scorecard scorecard = Cards.started(4);

        assertFalse(scorecard.start(6, TUESDAY));

        assertEquals(4, scorecard.getQuestionCount());
        assertEquals(MONDAY, scorecard.getStartedAt());
    }

    @Test
    void ratings_need_a_started_scorecard() {
        Scorecard scorecard = Cards.notStarted();

        assertThrows(
                IllegalStateException.class,
                () -> scorecard.saveRating(null, 1, score(3, 1), MONDAY));
    }

    @Test
    void submitting_a_complete_scorecard_makes_it_submitted() {
        Cards.Rated rated = Cards.submitted();
        Scorecard scorecard = rated.scorecard();

        assertEquals(ScorecardStatus.SUBMITTED, scorecard.getStatus());
        assertEquals(Recommendation.YES, scorecard.getRecommendation());
        assertEquals("Solid on ownership.", scorecard.getSummary());
        assertEquals(LATER, scorecard.getSubmittedAt());
        assertFalse(scorecard.isAmended());
    }

    @Test
    void a_submitted_scorecard_takes_no_more_ratings() {
        Cards.Rated rated = Cards.submitted();

        assertThrows(
                ScorecardClosedException.class,
                () -> rated.scorecard().saveRating(rated.at(1), 1, score(4, 2), TUESDAY));
        assertThrows(
                ScorecardClosedException.class,
                () -> rated.scorecard().saveRating(rated.at(1), 1, score(3, 1), TUESDAY));
        assertEquals(3, rated.at(1).getScore());
    }

    @Test
    void a_draft_recommendation_and_summary_need_a_started_scorecard() {
        Scorecard scorecard = Cards.notStarted();

        assertThrows(
                IllegalStateException.class,
                () -> scorecard.saveDraft(new Conclusion(Recommendation.YES, "Good"), 1, MONDAY));
    }

    @Test
    void a_submitted_scorecard_takes_no_more_draft_saves() {
        Cards.Rated rated = Cards.submitted();

        assertThrows(
                ScorecardClosedException.class,
                () ->
                        rated.scorecard()
                                .saveDraft(
                                        new Conclusion(Recommendation.NO, "Changed my mind"),
                                        99,
                                        TUESDAY));
        assertEquals(Recommendation.YES, rated.scorecard().getRecommendation());
        assertEquals("Solid on ownership.", rated.scorecard().getSummary());
    }

    @Test
    void a_withdrawn_scorecard_takes_no_draft_saves() {
        Scorecard scorecard = Cards.started(1);
        scorecard.withdraw();

        assertThrows(
                ScorecardClosedException.class,
                () -> scorecard.saveDraft(new Conclusion(Recommendation.YES, "Good"), 1, TUESDAY));
        assertNull(scorecard.getRecommendation());
    }

    @Test
    void a_submitted_scorecard_cannot_be_submitted_again() {
        Cards.Rated rated = Cards.submitted();

        assertThrows(
                ScorecardClosedException.class,
                () ->
                        rated.scorecard()
                                .submit(
                                        rated.ratings(),
                                        Recommendation.NO,
                                        "Changed my mind",
                                        RULES,
                                        TUESDAY));
        assertEquals(Recommendation.YES, rated.scorecard().getRecommendation());
    }

    @Test
    void a_withdrawn_scorecard_is_kept_but_read_only() {
        Cards.Rated rated = Cards.rated(Cards.scored(3, null));
        rated.scorecard().withdraw();

        assertTrue(rated.scorecard().isWithdrawn());
        assertThrows(
                ScorecardClosedException.class,
                () -> rated.scorecard().saveRating(rated.at(1), 1, score(4, 2), TUESDAY));
        assertThrows(
                ScorecardClosedException.class,
                () ->
                        rated.scorecard()
                                .submit(
                                        rated.ratings(),
                                        Recommendation.YES,
                                        "Fine",
                                        RULES,
                                        TUESDAY));
    }

    @Test
    void a_reinstated_scorecard_takes_ratings_again() {
        Cards.Rated rated = Cards.rated(Cards.scored(3, null));
        rated.scorecard().withdraw();
        rated.scorecard().reinstate();

        rated.scorecard().saveRating(rated.at(1), 1, score(4, 2), TUESDAY);

        assertEquals(4, rated.at(1).getScore());
    }

    @Test
    void an_incomplete_submission_leaves_the_scorecard_a_draft() {
        Cards.Rated rated = Cards.rated(Cards.scored(3, null), Cards.scored(4, null));

        assertThrows(
                IncompleteScorecardException.class,
                () ->
                        rated.scorecard()
                                .submit(
                                        List.of(rated.at(1)),
                                        Recommendation.YES,
                                        "Fine",
                                        RULES,
                                        LATER));

        assertEquals(ScorecardStatus.DRAFT, rated.scorecard().getStatus());
        assertNull(rated.scorecard().getRecommendation());
    }

    @Test
    void a_scorecard_without_questions_needs_only_recommendation_and_summary() {
        Scorecard scorecard = Cards.started(0);

        scorecard.submit(
                List.of(), Recommendation.STRONG_NO, "Did not show up prepared.", RULES, LATER);

        assertEquals(ScorecardStatus.SUBMITTED, scorecard.getStatus());
    }
}
