package dev.candor.scoring.domain;

import static dev.candor.scoring.domain.Cards.EVIDENCE;
import static dev.candor.scoring.domain.Cards.LATER;
import static dev.candor.scoring.domain.Cards.RULES;
import static dev.candor.scoring.domain.Cards.scored;
import static dev.candor.scoring.domain.Cards.skipped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.shared.domain.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    private static List<String> described(List<MissingItem> missing) {
        return missing.stream().map(item -> item.kind() + "@" + item.position()).toList();
    }

    @Test
    void a_complete_scorecard_misses_nothing() {
        Map<Integer, RatingContent> ratings =
                Map.of(1, scored(3, null), 2, skipped("Ran out of time"), 3, scored(5, EVIDENCE));

        assertEquals(
                List.of(), RULES.missing(3, ratings, Recommendation.STRONG_YES, "Strong hire."));
    }

    @Test
    void every_missing_item_is_listed_in_order_of_position_then_recommendation_and_summary() {
        Map<Integer, RatingContent> ratings =
                Map.of(
                        2, skipped(null),
                        3, scored(1, "too short"),
                        4, new RatingContent(null, false, null, "Notes but no score"),
                        5, scored(2, null));

        List<MissingItem> missing = RULES.missing(5, ratings, null, "  ");

        assertEquals(
                List.of(
                        "SCORE_OR_SKIP@1",
                        "SKIP_REASON@2",
                        "EVIDENCE@3",
                        "SCORE_OR_SKIP@4",
                        "RECOMMENDATION@null",
                        "SUMMARY@null"),
                described(missing));
    }

    @Test
    void a_skip_needs_a_reason_that_is_not_blank() {
        assertEquals(
                List.of("SKIP_REASON@1"),
                described(RULES.missing(1, Map.of(1, skipped("   ")), Recommendation.NO, "No.")));
    }

    @Test
    void a_score_of_one_or_five_needs_notes_of_the_minimum_length() {
        String nineteen = "x".repeat(19);
        String twenty = "x".repeat(20);

        List<MissingItem> missing =
                RULES.missing(
                        4,
                        Map.of(
                                1,
                                scored(1, nineteen),
                                2,
                                scored(5, null),
                                3,
                                scored(1, twenty),
                                4,
                                scored(5, twenty)),
                        Recommendation.NO,
                        "No.");

        assertEquals(List.of("EVIDENCE@1", "EVIDENCE@2"), described(missing));
        assertEquals(
                List.of(1, 5),
                missing.stream().map(MissingItem::score).toList(),
                "the score that needs it");
    }

    @Test
    void scores_of_two_to_four_need_no_notes() {
        assertEquals(
                List.of(),
                RULES.missing(
                        3,
                        Map.of(1, scored(2, null), 2, scored(3, null), 3, scored(4, null)),
                        Recommendation.YES,
                        "Yes."));
    }

    @Test
    void white_space_around_notes_does_not_count_as_evidence() {
        String padded = "   " + "x".repeat(10) + "\n\n\n            ";

        assertEquals(
                List.of("EVIDENCE@1"),
                described(
                        RULES.missing(
                                1, Map.of(1, scored(5, padded)), Recommendation.YES, "Yes.")));
    }

    @Test
    void the_empty_situation_task_action_result_template_is_not_evidence() {
        String template = "Situation: \nTask: \nAction: \nResult: ";
        String written = "Situation: a refund outside policy\nTask: \nAction: \nResult: ";

        assertEquals(
                List.of("EVIDENCE@1"),
                described(
                        RULES.missing(
                                1, Map.of(1, scored(5, template)), Recommendation.YES, "Yes.")));
        assertEquals(
                List.of(),
                RULES.missing(1, Map.of(1, scored(5, written)), Recommendation.YES, "Yes."),
                "what the interviewer wrote after a heading counts");
    }

    @Test
    void the_evidence_minimum_is_configurable() {
        Map<Integer, RatingContent> ratings = Map.of(1, scored(5, "Led it."));

        assertEquals(
                List.of(), new SubmissionRules(7).missing(1, ratings, Recommendation.YES, "Yes."));
        assertEquals(
                List.of("EVIDENCE@1"),
                described(new SubmissionRules(8).missing(1, ratings, Recommendation.YES, "Yes.")));
        assertEquals(
                List.of(),
                new SubmissionRules(0)
                        .missing(1, Map.of(1, scored(1, null)), Recommendation.NO, "No."));
    }

    @Test
    void a_negative_evidence_minimum_is_a_configuration_error() {
        assertThrows(IllegalArgumentException.class, () -> new SubmissionRules(-1));
    }

    @Test
    void a_refused_submission_lists_everything_missing_with_fields_for_the_api() {
        Cards.Rated rated = Cards.rated(scored(5, null), skipped(null), scored(3, null));

        IncompleteScorecardException refused =
                assertThrows(
                        IncompleteScorecardException.class,
                        () -> rated.scorecard().submit(rated.ratings(), null, null, RULES, LATER));

        assertEquals(
                List.of("EVIDENCE@1", "SKIP_REASON@2", "RECOMMENDATION@null", "SUMMARY@null"),
                described(refused.missing()));
        assertEquals(
                List.of("ratings[1]", "ratings[2]", "recommendation", "summary"),
                refused.missing().stream().map(MissingItem::field).toList());
        assertTrue(refused.problems().containsKey("ratings[2]"));
        assertTrue(refused instanceof InvalidInputException);
    }

    @Test
    void questions_never_saved_are_missing_too() {
        Cards.Rated rated = Cards.rated(scored(3, null), scored(3, null));

        IncompleteScorecardException refused =
                assertThrows(
                        IncompleteScorecardException.class,
                        () ->
                                rated.scorecard()
                                        .submit(
                                                List.of(rated.at(2)),
                                                Recommendation.YES,
                                                "Fine.",
                                                RULES,
                                                LATER));

        assertEquals(List.of("SCORE_OR_SKIP@1"), described(refused.missing()));
    }

    @Test
    void a_summary_over_the_limit_is_invalid_input() {
        Cards.Rated rated = Cards.rated(scored(3, null));
        String summary = "x".repeat(SubmissionRules.MAX_SUMMARY + 1);

        InvalidInputException invalid =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                rated.scorecard()
                                        .submit(
                                                rated.ratings(),
                                                Recommendation.YES,
                                                summary,
                                                RULES,
                                                LATER));

        assertTrue(invalid.problems().containsKey("summary"));
    }
}
