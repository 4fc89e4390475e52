package dev.candor.scoring.domain;

import static dev.candor.scoring.domain.Cards.LATER;
import static dev.candor.scoring.domain.Cards.MONDAY;
import static dev.candor.scoring.domain.Cards.RULES;
import static dev.candor.scoring.domain.Cards.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class DraftRevisionTest {

    private final Scorecard scorecard = Cards.started(2);

    private static Conclusion draft(Recommendation recommendation, String summary) {
        return new Conclusion(recommendation, summary);
    }

    @Test
    void a_started_scorecard_has_no_draft_yet() {
        assertEquals(0, scorecard.getDraftRevision());
        assertNull(scorecard.getDraftUpdatedAt());
        assertEquals(draft(null, null), scorecard.conclusion());
    }

    @Test
    void the_first_draft_save_stores_recommendation_and_summary_at_the_client_revision() {
        assertTrue(scorecard.saveDraft(draft(Recommendation.YES, "Solid on ownership"), 7, MONDAY));

        assertEquals(Recommendation.YES, scorecard.getRecommendation());
        assertEquals("Solid on ownership", scorecard.getSummary());
        assertEquals(7, scorecard.getDraftRevision());
        assertEquals(MONDAY, scorecard.getDraftUpdatedAt());
        assertEquals(ScorecardStatus.DRAFT, scorecard.getStatus());
    }

    @Test
    void a_draft_may_have_a_summary_without_a_recommendation_and_the_other_way_round() {
        scorecard.saveDraft(draft(null, "Still deciding"), 1, MONDAY);
        assertNull(scorecard.getRecommendation());

        scorecard.saveDraft(draft(Recommendation.STRONG_NO, null), 2, LATER);
        assertEquals(Recommendation.STRONG_NO, scorecard.getRecommendation());
        assertNull(scorecard.getSummary());
    }

    @Test
    void a_newer_revision_replaces_the_draft() {
        scorecard.saveDraft(draft(Recommendation.NO, "First thoughts"), 1, MONDAY);

        assertTrue(
                scorecard.saveDraft(
                        draft(Recommendation.YES, "Second thoughts"), 1_741_000_000_000L, LATER));

        assertEquals(Recommendation.YES, scorecard.getRecommendation());
        assertEquals("Second thoughts", scorecard.getSummary());
        assertEquals(1_741_000_000_000L, scorecard.getDraftRevision());
        assertEquals(LATER, scorecard.getDraftUpdatedAt());
    }

    @Test
    void an_exact_replay_of_the_stored_revision_succeeds_and_changes_nothing() {
        scorecard.saveDraft(draft(Recommendation.YES, "Same words"), 4, MONDAY);

        assertFalse(scorecard.saveDraft(draft(Recommendation.YES, "Same words"), 4, TUESDAY));

        assertEquals(4, scorecard.getDraftRevision());
        assertEquals(MONDAY, scorecard.getDraftUpdatedAt());
    }

    @Test
    void an_empty_summary_is_the_same_as_no_summary_for_a_replay() {
        scorecard.saveDraft(draft(Recommendation.YES, null), 4, MONDAY);

        assertFalse(scorecard.saveDraft(draft(Recommendation.YES, ""), 4, LATER));
    }

    @Test
    void the_same_revision_with_different_content_is_stale_and_reports_what_is_stored() {
        scorecard.saveDraft(draft(Recommendation.YES, "Typed in tab one"), 5, MONDAY);

        StaleDraftException stale =
                assertThrows(
                        StaleDraftException.class,
                        () ->
                                scorecard.saveDraft(
                                        draft(Recommendation.NO, "Typed in tab two"), 5, LATER));

        assertEquals(5, stale.storedRevision());
        assertEquals(draft(Recommendation.YES, "Typed in tab one"), stale.stored());
        assertEquals(MONDAY, stale.storedAt());
        assertEquals("Typed in tab one", scorecard.getSummary());
    }

    @Test
    void a_late_request_never_overwrites_a_newer_summary_even_with_identical_content() {
        scorecard.saveDraft(draft(null, "First draft, then more"), 9, MONDAY);

        assertThrows(
                StaleDraftException.class,
                () -> scorecard.saveDraft(draft(null, "First draft"), 8, LATER));
        assertThrows(
                ConflictException.class,
                () -> scorecard.saveDraft(draft(null, "First draft, then more"), 8, LATER));
        assertEquals("First draft, then more", scorecard.getSummary());
        assertEquals(9, scorecard.getDraftRevision());
    }

    @Test
    void a_revision_below_one_is_invalid() {
        InvalidInputException invalid =
                assertThrows(
                        InvalidInputException.class,
                        () -> scorecard.saveDraft(draft(Recommendation.YES, null), 0, MONDAY));

        assertTrue(invalid.problems().containsKey("clientRevision"));
    }

    @Test
    void a_summary_over_the_limit_is_refused_never_cut() {
        String summary = "x".repeat(SubmissionRules.MAX_SUMMARY + 1);

        InvalidInputException invalid =
                assertThrows(
                        InvalidInputException.class,
                        () -> scorecard.saveDraft(draft(null, summary), 1, MONDAY));

        assertTrue(invalid.problems().containsKey("summary"));
        assertEquals(0, scorecard.getDraftRevision());
    }

    @Test
    void a_summary_is_kept_exactly_as_typed() {
        String summary = "  Strong on ownership.\n\n\tWeak on tact.  ";

        scorecard.saveDraft(draft(null, summary), 1, MONDAY);

        assertEquals(summary, scorecard.getSummary());
    }

    @Test
    void submission_takes_the_recommendation_and_summary_it_is_given_over_the_draft() {
        Cards.Rated rated = Cards.rated(Cards.scored(3, null));
        rated.scorecard().saveDraft(draft(Recommendation.NO, "Draft words"), 3, MONDAY);

        rated.scorecard().submit(rated.ratings(), Recommendation.YES, "Final words", RULES, LATER);

        assertEquals(Recommendation.YES, rated.scorecard().getRecommendation());
        assertEquals("Final words", rated.scorecard().getSummary());
    }
}
