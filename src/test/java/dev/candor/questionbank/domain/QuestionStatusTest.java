package dev.candor.questionbank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuestionStatusTest {

    @Test
    void a_draft_with_anchors_for_one_three_and_five_can_become_active() {
        Question question = Questions.draft();

        question.changeStatus(QuestionStatus.ACTIVE);

        assertTrue(question.isActive());
    }

    @Test
    void a_draft_without_the_required_anchors_cannot_become_active() {
        Question question =
                Question.draft(
                        Questions.withoutAnchors(), null, Questions.by("alice", Questions.MONDAY));

        InvalidQuestionException refusal =
                assertThrows(
                        InvalidQuestionException.class,
                        () -> question.changeStatus(QuestionStatus.ACTIVE));

        assertEquals(3, refusal.problems().size());
        assertEquals(QuestionStatus.DRAFT, question.getStatus());
    }

    @Test
    void a_draft_can_be_retired_without_ever_being_active() {
        Question question = Questions.draft();

        question.changeStatus(QuestionStatus.RETIRED);

        assertEquals(QuestionStatus.RETIRED, question.getStatus());
    }

    @Test
    void a_retired_question_cannot_go_back_to_draft() {
        Question question = Questions.active();
        question.changeStatus(QuestionStatus.RETIRED);

        assertThrows(
                QuestionStateException.class, () -> question.changeStatus(QuestionStatus.DRAFT));
    }

    @Test
    void an_active_question_cannot_go_back_to_draft() {
        Question question = Questions.active();

        assertThrows(
                QuestionStateException.class, () -> question.changeStatus(QuestionStatus.DRAFT));
    }

    @Test
    void a_retired_question_can_be_made_active_again() {
        Question question = Questions.active();
        question.changeStatus(QuestionStatus.RETIRED);

        question.changeStatus(QuestionStatus.ACTIVE);

        assertTrue(question.isActive());
    }

    @Test
    void moving_to_the_status_a_question_already_has_changes_nothing() {
        Question question = Questions.active();

        question.changeStatus(QuestionStatus.ACTIVE);

        assertTrue(question.isActive());
    }
}
