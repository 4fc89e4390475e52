package dev.candor.questionbank.domain;

import static dev.candor.questionbank.domain.Questions.OWNERSHIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionContentTest {

    private static QuestionContent withAnchors(RubricAnchor... anchors) {
        return new QuestionContent(
                "Tell me about a time.",
                QuestionKind.BEHAVIOURAL,
                OWNERSHIP,
                "Listen for it.",
                List.of("What next?", "What result?"),
                List.of(anchors),
                List.of());
    }

    private static RubricAnchor anchor(int score) {
        return new RubricAnchor(score, "Label " + score, "Description " + score);
    }

    @Test
    void complete_content_has_no_problems() {
        assertEquals(List.of(), Questions.complete().problems());
        assertEquals(List.of(), Questions.complete().activationProblems());
    }

    @Test
    void anchors_for_one_three_and_five_are_required_to_be_asked() {
        List<ContentProblem> problems =
                withAnchors(anchor(1), anchor(2), anchor(4), anchor(5)).activationProblems();

        assertEquals(1, problems.size());
        assertEquals(
                new ContentProblem(
                        QuestionField.ANCHOR_LABEL,
                        3,
                        "an anchor for score 3 is required for an active question"),
                problems.get(0));
    }

    @Test
    void anchors_for_two_and_four_may_be_left_between() {
        assertEquals(List.of(), withAnchors(anchor(5), anchor(1), anchor(3)).activationProblems());
    }

    @Test
    void anchors_are_kept_in_score_order() {
        QuestionContent content = withAnchors(anchor(5), anchor(1), anchor(3));

        assertEquals(
                List.of(1, 3, 5), content.anchors().stream().map(RubricAnchor::getScore).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void a_score_outside_one_to_five_is_refused(int score) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RubricAnchor(score, "Label", "Description"));
    }

    @Test
    void two_anchors_for_the_same_score_are_a_problem() {
        List<ContentProblem> problems =
                withAnchors(anchor(1), anchor(3), anchor(3), anchor(5)).problems();

        assertEquals(QuestionField.ANCHORS, problems.get(0).field());
    }

    @Test
    void an_anchor_needs_a_label_and_a_description() {
        List<ContentProblem> problems =
                withAnchors(new RubricAnchor(1, "", " "), anchor(3), anchor(5)).problems();

        assertEquals(
                List.of(QuestionField.ANCHOR_LABEL, QuestionField.ANCHOR_DESCRIPTION),
                problems.stream().map(ContentProblem::field).toList());
    }

    @Test
    void a_draft_may_have_no_guidance_but_an_active_question_needs_it() {
        QuestionContent content =
                new QuestionContent(
                        "Tell me.",
                        QuestionKind.SITUATIONAL,
                        OWNERSHIP,
                        "  ",
                        List.of(),
                        List.of(anchor(1), anchor(3), anchor(5)),
                        List.of());

        assertEquals(List.of(), content.problems());
        assertEquals(QuestionField.GUIDANCE, content.activationProblems().get(0).field());
    }

    @Test
    void text_is_stored_without_surrounding_space() {
        assertEquals("Tell me.", Questions.complete("  Tell me.\n").text());
    }

    @Test
    void text_longer_than_its_column_is_a_problem() {
        List<ContentProblem> problems =
                Questions.complete("x".repeat(QuestionContent.MAX_TEXT + 1)).problems();

        assertEquals(QuestionField.TEXT, problems.get(0).field());
        assertTrue(problems.get(0).message().contains("at most 1000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)"})
    void text_that_a_spreadsheet_would_run_as_a_formula_is_a_problem(String text) {
        List<ContentProblem> problems = Questions.complete(text).problems();

        assertEquals(QuestionField.TEXT, problems.get(0).field());
        assertTrue(problems.get(0).message().contains("formula"));
    }

    @Test
    void tags_must_be_distinct_and_free_of_commas() {
        QuestionContent content =
                new QuestionContent(
                        "Tell me.",
                        QuestionKind.BEHAVIOURAL,
                        OWNERSHIP,
                        "",
                        List.of(),
                        List.of(),
                        List.of("waits", "Waits", "a,b"));

        assertEquals(
                List.of(
                        new ContentProblem(QuestionField.TAG, 2, "repeats the tag 'Waits'"),
                        new ContentProblem(QuestionField.TAG, 3, "must not contain a comma")),
                content.problems());
    }

    @Test
    void a_question_cannot_be_created_with_content_that_has_problems() {
        InvalidQuestionException refusal =
                assertThrows(
                        InvalidQuestionException.class,
                        () ->
                                Question.draft(
                                        Questions.complete(""),
                                        null,
                                        Questions.by("alice", Questions.MONDAY)));

        assertEquals(QuestionField.TEXT, refusal.problems().get(0).field());
    }
}
