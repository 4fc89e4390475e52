package dev.candor.questionbank.application;

import static dev.candor.questionbank.domain.Questions.TUESDAY;
import static dev.candor.questionbank.domain.Questions.by;
import static dev.candor.questionbank.domain.Questions.complete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.questionbank.domain.ContentProblem;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionField;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.Questions;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionEditingTest {

    private static final String REWORDED =
            "Tell me about the last time you owned a customer's problem.";

    @Test
    void a_draft_saved_as_active_is_amended_in_place_then_activated() {
        Question question = Questions.draft();

        QuestionEditing.apply(
                question, complete(REWORDED), QuestionStatus.ACTIVE, by("bob", TUESDAY), false);

        assertEquals(QuestionStatus.ACTIVE, question.getStatus());
        assertEquals(1, question.getVersions().size());
        assertEquals(REWORDED, question.getCurrentVersion().getText());
    }

    @Test
    void an_active_question_edited_gets_a_second_version() {
        Question question = Questions.active();

        QuestionEditing.apply(
                question, complete(REWORDED), QuestionStatus.ACTIVE, by("bob", TUESDAY), false);

        assertEquals(2, question.getCurrentVersion().getNumber());
    }

    @Test
    void a_retired_question_made_active_again_can_be_reworded_in_the_same_save() {
        Question question = Questions.active();
        question.changeStatus(QuestionStatus.RETIRED);

        QuestionEditing.apply(
                question, complete(REWORDED), QuestionStatus.ACTIVE, by("bob", TUESDAY), false);

        assertEquals(QuestionStatus.ACTIVE, question.getStatus());
        assertEquals(REWORDED, question.getCurrentVersion().getText());
    }

    @Test
    void saving_a_retired_question_unchanged_is_allowed_and_creates_nothing() {
        Question question = Questions.active();
        question.changeStatus(QuestionStatus.RETIRED);

        QuestionEditing.apply(
                question, complete(), QuestionStatus.RETIRED, by("bob", TUESDAY), false);

        assertEquals(1, question.getVersions().size());
    }

    @Test
    void rewording_a_retired_question_without_reactivating_it_is_a_conflict() {
        Question question = Questions.active();
        question.changeStatus(QuestionStatus.RETIRED);

        assertThrows(
                ConflictException.class,
                () ->
                        QuestionEditing.apply(
                                question,
                                complete(REWORDED),
                                QuestionStatus.RETIRED,
                                by("bob", TUESDAY),
                                false));
    }

    @Test
    void an_active_question_cannot_go_back_to_draft() {
        assertThrows(
                ConflictException.class,
                () ->
                        QuestionEditing.apply(
                                Questions.active(),
                                complete(),
                                QuestionStatus.DRAFT,
                                by("bob", TUESDAY),
                                false));
    }

    @Test
    void activating_without_anchors_names_each_missing_anchor_as_a_field() {
        InvalidInputException refused =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                QuestionEditing.create(
                                        Questions.withoutAnchors(),
                                        QuestionStatus.ACTIVE,
                                        by("bob", TUESDAY)));

        assertTrue(
                refused.problems()
                        .keySet()
                        .containsAll(
                                List.of(
                                        "anchors[score=1].label",
                                        "anchors[score=3].label",
                                        "anchors[score=5].label")),
                refused.problems().toString());
    }

    @Test
    void problems_are_named_like_the_json_fields_and_read_as_sentences() {
        assertEquals(
                "probes[2]",
                QuestionEditing.fieldOf(new ContentProblem(QuestionField.PROBE, 2, "x")));
        assertEquals(
                "anchors[score=4].description",
                QuestionEditing.fieldOf(
                        new ContentProblem(QuestionField.ANCHOR_DESCRIPTION, 4, "x")));
        assertEquals(
                "This is required but empty.", QuestionEditing.sentence("is required but empty"));
        assertEquals(
                "An anchor for score 3 is required.",
                QuestionEditing.sentence("an anchor for score 3 is required"));
    }
}
