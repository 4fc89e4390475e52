package dev.candor.scoring.domain;

import static dev.candor.scoring.domain.Cards.EVIDENCE;
import static dev.candor.scoring.domain.Cards.RULES;
import static dev.candor.scoring.domain.Cards.TUESDAY;
import static dev.candor.scoring.domain.Cards.scored;
import static dev.candor.scoring.domain.Cards.skipped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.shared.domain.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmendmentTest {

    private final Cards.Rated submitted = Cards.submitted();
    private final Scorecard scorecard = submitted.scorecard();

    private Amendment amend(ScorecardChanges changes, String reason) {
        return scorecard.amend(submitted.ratings(), changes, reason, "alice", RULES, TUESDAY);
    }

    private static ScorecardChanges rating(int position, RatingContent content) {
        return new ScorecardChanges(Map.of(position, content), null, null);
    }

    @Test
    void an_amendment_records_who_when_why_and_each_old_and_new_value() {
        Amendment amendment =
                amend(
                        new ScorecardChanges(
                                Map.of(1, scored(4, "Re-read my notes")),
                                Recommendation.STRONG_YES,
                                null),
                        "Mis-clicked the score for question 1.");

        assertEquals("alice", amendment.getAmendedBy());
        assertEquals(TUESDAY, amendment.getAmendedAt());
        assertEquals("Mis-clicked the score for question 1.", amendment.getReason());
        assertEquals(
                List.of(
                        new AmendedValue(1, AmendedField.SCORE, "3", "4"),
                        new AmendedValue(1, AmendedField.NOTES, null, "Re-read my notes"),
                        new AmendedValue(null, AmendedField.RECOMMENDATION, "YES", "STRONG_YES")),
                amendment.getChanges());
    }

    @Test
    void an_amendment_changes_the_scorecard_and_marks_it_amended() {
        amend(
                new ScorecardChanges(
                        Map.of(2, scored(2, null)), null, "Weaker than I first wrote."),
                "Second look");

        assertEquals(2, submitted.at(2).getScore());
        assertEquals(2, submitted.at(2).getRevision());
        assertEquals(TUESDAY, submitted.at(2).getUpdatedAt());
        assertEquals("Weaker than I first wrote.", scorecard.getSummary());
        assertEquals(ScorecardStatus.SUBMITTED, scorecard.getStatus());
        assertTrue(scorecard.isAmended());
        assertEquals(TUESDAY, scorecard.getAmendedAt());
    }

    @Test
    void a_skip_amended_records_score_skip_and_reason() {
        Amendment amendment =
                amend(rating(1, skipped("Not actually asked")), "Question 1 was never asked.");

        assertEquals(
                List.of(
                        new AmendedValue(1, AmendedField.SCORE, "3", null),
                        new AmendedValue(1, AmendedField.SKIPPED, "false", "true"),
                        new AmendedValue(1, AmendedField.SKIP_REASON, null, "Not actually asked")),
                amendment.getChanges());
    }

    @Test
    void an_amendment_needs_a_written_reason() {
        for (String reason : new String[] {null, "", "   "}) {
            InvalidInputException invalid =
                    assertThrows(
                            InvalidInputException.class,
                            () -> amend(rating(1, scored(4, null)), reason));
            assertTrue(invalid.problems().containsKey("reason"));
        }
        assertEquals(3, submitted.at(1).getScore());
        assertTrue(!scorecard.isAmended());
    }

    @Test
    void an_amendment_that_changes_nothing_is_refused() {
        InvalidInputException invalid =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                amend(
                                        new ScorecardChanges(
                                                Map.of(1, scored(3, null)),
                                                Recommendation.YES,
                                                null),
                                        "Nothing"));

        assertTrue(invalid.problems().containsKey("changes"));
    }

    @Test
    void an_amendment_must_keep_the_scorecard_complete() {
        IncompleteScorecardException refused =
                assertThrows(
                        IncompleteScorecardException.class,
                        () -> amend(rating(3, scored(5, "short")), "Trim notes"));

        assertEquals(MissingItem.Kind.EVIDENCE, refused.missing().get(0).kind());
        assertEquals(EVIDENCE, submitted.at(3).getNotes());
    }

    @Test
    void an_amendment_cannot_blank_the_summary() {
        assertThrows(
                InvalidInputException.class,
                () -> amend(new ScorecardChanges(null, null, "  "), "Remove"));
    }

    @Test
    void an_amendment_is_checked_like_a_save() {
        InvalidInputException invalid =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                amend(
                                        new ScorecardChanges(
                                                Map.of(1, scored(9, null), 7, scored(3, null)),
                                                null,
                                                null),
                                        "x"));

        assertTrue(invalid.problems().containsKey("ratings[1].score"));
        assertTrue(invalid.problems().containsKey("ratings[7].position"));
    }

    @Test
    void only_a_submitted_scorecard_is_amended() {
        Cards.Rated draft = Cards.rated(scored(3, null));

        assertThrows(
                ScorecardClosedException.class,
                () ->
                        draft.scorecard()
                                .amend(
                                        draft.ratings(),
                                        rating(1, scored(4, null)),
                                        "Because",
                                        "alice",
                                        RULES,
                                        TUESDAY));
    }

    @Test
    void a_withdrawn_scorecard_is_not_amended() {
        scorecard.withdraw();

        assertThrows(
                ScorecardClosedException.class, () -> amend(rating(1, scored(4, null)), "Because"));
    }
}
