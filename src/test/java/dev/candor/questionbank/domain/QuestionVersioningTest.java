package dev.candor.questionbank.domain;

import static dev.candor.questionbank.domain.Questions.MONDAY;
import static dev.candor.questionbank.domain.Questions.TUESDAY;
import static dev.candor.questionbank.domain.Questions.by;
import static dev.candor.questionbank.domain.Questions.complete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuestionVersioningTest {

    private static final String REWORDED =
            "Tell me about a time you took ownership of a customer's problem.";

    @Test
    void a_new_question_is_a_draft_at_version_one() {
        Question question = Questions.draft();

        assertEquals(QuestionStatus.DRAFT, question.getStatus());
        assertEquals(1, question.getCurrentVersion().getNumber());
        assertEquals("alice", question.getCurrentVersion().getChangedBy());
    }

    @Test
    void an_unused_draft_is_edited_in_place() {
        Question question = Questions.draft();

        question.revise(complete(REWORDED), by("bob", TUESDAY), false);

        assertEquals(1, question.getVersions().size());
        assertEquals(REWORDED, question.getCurrentVersion().getText());
        assertEquals("bob", question.getCurrentVersion().getChangedBy());
        assertEquals(TUESDAY, question.getCurrentVersion().getChangedAt());
    }

    @Test
    void a_draft_in_use_gets_a_new_version_when_edited() {
        Question question = Questions.draft();

        QuestionVersion current = question.revise(complete(REWORDED), by("bob", TUESDAY), true);

        assertEquals(2, current.getNumber());
        assertEquals(2, question.getVersions().size());
    }

    @Test
    void an_active_question_gets_a_new_version_even_when_unused() {
        Question question = Questions.active();

        question.revise(complete(REWORDED), by("bob", TUESDAY), false);

        assertEquals(2, question.getCurrentVersion().getNumber());
        assertEquals(QuestionStatus.ACTIVE, question.getStatus());
    }

    @Test
    void an_earlier_version_stays_readable_with_its_author_and_time() {
        Question question = Questions.active();

        question.revise(complete(REWORDED), new Change("bob", TUESDAY, "Clearer wording"), true);

        QuestionVersion first = question.version(1).orElseThrow();
        assertEquals(complete().text(), first.getText());
        assertEquals("alice", first.getChangedBy());
        assertEquals(MONDAY, first.getChangedAt());
        QuestionVersion second = question.version(2).orElseThrow();
        assertEquals("bob", second.getChangedBy());
        assertEquals("Clearer wording", second.getChangeNote());
    }

    @Test
    void saving_unchanged_content_makes_no_new_version() {
        Question question = Questions.active();
        QuestionVersion before = question.getCurrentVersion();

        QuestionVersion after = question.revise(complete(), by("bob", TUESDAY), true);

        assertSame(before, after);
        assertEquals(1, question.getVersions().size());
    }

    @Test
    void a_new_version_can_move_the_question_to_another_competency() {
        Question question = Questions.active();
        Competency tact = new Competency("Tact", "Handles awkward moments smoothly.");
        QuestionContent content = complete();

        question.revise(
                new QuestionContent(
                        content.text(),
                        content.kind(),
                        tact,
                        content.guidance(),
                        content.probes(),
                        content.anchors(),
                        content.tags()),
                by("bob", TUESDAY),
                true);

        assertSame(tact, question.getCompetency());
        assertEquals("Ownership", question.version(1).orElseThrow().getCompetency().getName());
    }

    @Test
    void a_retired_question_cannot_be_edited() {
        Question question = Questions.active();
        question.changeStatus(QuestionStatus.RETIRED);

        assertThrows(
                QuestionStateException.class,
                () -> question.revise(complete(REWORDED), by("bob", TUESDAY), false));
    }

    @Test
    void an_active_question_cannot_lose_its_required_anchors() {
        Question question = Questions.active();

        assertThrows(
                InvalidQuestionException.class,
                () -> question.revise(Questions.withoutAnchors(), by("bob", TUESDAY), false));
        assertEquals(1, question.getVersions().size());
    }

    @Test
    void the_comparison_of_two_versions_shows_what_changed() {
        Question question = Questions.active();
        question.revise(complete(REWORDED), by("bob", TUESDAY), true);

        VersionComparison comparison = question.compare(1, 2);

        assertEquals(1, comparison.getChanges().size());
        VersionComparison.Line change = comparison.getChanges().get(0);
        assertEquals("Text", change.field());
        assertEquals(complete().text(), change.older());
        assertEquals(REWORDED, change.newer());
        assertEquals("bob", comparison.getNewer().getChangedBy());
    }

    @Test
    void the_comparison_lines_up_probes_and_anchors_that_only_one_version_has() {
        Question question = Questions.draft();
        question.revise(Questions.withoutAnchors(), by("bob", TUESDAY), true);

        VersionComparison comparison = question.compare(1, 2);

        VersionComparison.Line anchorOne =
                comparison.getLines().stream()
                        .filter(line -> line.field().equals("Anchor 1"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("", anchorOne.newer());
        assertEquals(3, comparison.getChanges().size());
    }

    @Test
    void comparing_with_a_version_that_does_not_exist_is_refused() {
        Question question = Questions.draft();

        assertThrows(IllegalArgumentException.class, () -> question.compare(1, 2));
    }
}
