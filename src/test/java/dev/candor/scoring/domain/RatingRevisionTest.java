package dev.candor.scoring.domain;

import static dev.candor.scoring.domain.Cards.LATER;
import static dev.candor.scoring.domain.Cards.MONDAY;
import static dev.candor.scoring.domain.Cards.TUESDAY;
import static dev.candor.scoring.domain.Cards.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class RatingRevisionTest {

    private final Scorecard scorecard = Cards.started(3);

    private Rating saved(RatingInput input) {
        return scorecard.saveRating(null, 1, input, MONDAY).rating();
    }

    @Test
    void the_first_save_of_a_question_creates_its_rating_at_the_client_revision() {
        RatingSave save =
                scorecard.saveRating(
                        null, 2, new RatingInput(4, false, null, "Good example", 3), MONDAY);

        assertEquals(RatingSave.Outcome.CREATED, save.outcome());
        assertEquals(2, save.rating().getPosition());
        assertEquals(4, save.rating().getScore());
        assertEquals("Good example", save.rating().getNotes());
        assertEquals(3, save.rating().getRevision());
        assertEquals(MONDAY, save.rating().getUpdatedAt());
    }

    @Test
    void a_newer_revision_replaces_the_stored_rating() {
        Rating rating = saved(score(2, 1));

        RatingSave save =
                scorecard.saveRating(
                        rating, 1, new RatingInput(3, false, null, "More detail", 2), LATER);

        assertEquals(RatingSave.Outcome.UPDATED, save.outcome());
        assertSame(rating, save.rating());
        assertEquals(3, rating.getScore());
        assertEquals("More detail", rating.getNotes());
        assertEquals(2, rating.getRevision());
        assertEquals(LATER, rating.getUpdatedAt());
    }

    @Test
    void revisions_may_jump_ahead() {
        Rating rating = saved(score(2, 1));

        scorecard.saveRating(rating, 1, score(4, 1_741_000_000_000L), LATER);

        assertEquals(1_741_000_000_000L, rating.getRevision());
    }

    @Test
    void an_exact_replay_of_the_stored_revision_succeeds_and_changes_nothing() {
        RatingInput input = new RatingInput(5, false, null, "Same words", 4);
        Rating rating = saved(input);

        RatingSave replay = scorecard.saveRating(rating, 1, input, TUESDAY);

        assertEquals(RatingSave.Outcome.REPLAYED, replay.outcome());
        assertEquals(4, replay.rating().getRevision());
        assertEquals(MONDAY, replay.rating().getUpdatedAt());
    }

    @Test
    void the_same_revision_with_different_content_is_stale_and_reports_what_is_stored() {
        Rating rating = saved(new RatingInput(3, false, null, "Typed in tab one", 5));

        StaleRatingException stale =
                assertThrows(
                        StaleRatingException.class,
                        () ->
                                scorecard.saveRating(
                                        rating,
                                        1,
                                        new RatingInput(3, false, null, "Typed in tab two", 5),
                                        LATER));

        assertEquals(1, stale.position());
        assertEquals(5, stale.storedRevision());
        assertEquals("Typed in tab one", stale.stored().notes());
        assertEquals(MONDAY, stale.storedAt());
        assertEquals("Typed in tab one", rating.getNotes());
    }

    @Test
    void an_older_revision_is_stale_even_with_identical_content() {
        Rating rating = saved(score(3, 5));

        assertThrows(
                StaleRatingException.class,
                () -> scorecard.saveRating(rating, 1, score(3, 4), LATER));
        assertEquals(5, rating.getRevision());
    }

    @Test
    void a_late_request_never_overwrites_newer_text() {
        Rating rating = saved(new RatingInput(null, false, null, "First draft", 1));
        scorecard.saveRating(
                rating, 1, new RatingInput(null, false, null, "First draft, then more", 2), LATER);

        assertThrows(
                StaleRatingException.class,
                () ->
                        scorecard.saveRating(
                                rating,
                                1,
                                new RatingInput(null, false, null, "First draft", 1),
                                TUESDAY));
        assertEquals("First draft, then more", rating.getNotes());
    }

    @Test
    void a_stale_save_is_a_conflict() {
        Rating rating = saved(score(3, 2));

        assertThrows(
                ConflictException.class, () -> scorecard.saveRating(rating, 1, score(4, 1), LATER));
    }

    @Test
    void a_score_outside_one_to_five_is_invalid() {
        for (int score : new int[] {0, 6, -1}) {
            InvalidInputException invalid =
                    assertThrows(
                            InvalidInputException.class,
                            () -> scorecard.saveRating(null, 1, score(score, 1), MONDAY));
            assertTrue(invalid.problems().containsKey("score"));
        }
    }

    @Test
    void a_skipped_question_cannot_also_have_a_score() {
        InvalidInputException invalid =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                scorecard.saveRating(
                                        null,
                                        1,
                                        new RatingInput(3, true, "Ran out of time", null, 1),
                                        MONDAY));

        assertTrue(invalid.problems().containsKey("score"));
    }

    @Test
    void a_skip_without_reason_is_saved_as_a_draft() {
        Rating rating = saved(new RatingInput(null, true, null, null, 1));

        assertTrue(rating.isSkipped());
        assertNull(rating.getSkipReason());
    }

    @Test
    void a_revision_below_one_is_invalid() {
        InvalidInputException invalid =
                assertThrows(
                        InvalidInputException.class,
                        () -> scorecard.saveRating(null, 1, score(3, 0), MONDAY));

        assertTrue(invalid.problems().containsKey("clientRevision"));
    }

    @Test
    void a_position_outside_the_questions_is_invalid() {
        for (int position : new int[] {0, 4}) {
            InvalidInputException invalid =
                    assertThrows(
                            InvalidInputException.class,
                            () -> scorecard.saveRating(null, position, score(3, 1), MONDAY));
            assertTrue(invalid.problems().containsKey("position"));
        }
    }

    @Test
    void notes_over_the_limit_are_refused_never_cut() {
        String notes = "x".repeat(RatingContent.MAX_NOTES + 1);

        InvalidInputException invalid =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                scorecard.saveRating(
                                        null,
                                        1,
                                        new RatingInput(3, false, null, notes, 1),
                                        MONDAY));

        assertTrue(invalid.problems().containsKey("notes"));
    }

    @Test
    void notes_are_kept_exactly_as_typed() {
        String notes = "  S: outage at 2am\n  T: restore service\n\tA: rolled back  ";

        assertEquals(notes, saved(new RatingInput(null, false, null, notes, 1)).getNotes());
    }

    @Test
    void an_empty_text_is_the_same_as_no_text_for_a_replay() {
        Rating rating = saved(new RatingInput(3, false, null, null, 2));

        RatingSave replay =
                scorecard.saveRating(rating, 1, new RatingInput(3, false, "", "", 2), LATER);

        assertEquals(RatingSave.Outcome.REPLAYED, replay.outcome());
    }
}
