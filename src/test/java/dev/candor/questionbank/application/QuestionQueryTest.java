package dev.candor.questionbank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.infrastructure.interchange.QuestionCsvFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuestionQueryTest {

    @Test
    void search_words_match_anywhere_and_wildcards_typed_by_people_are_taken_literally() {
        assertEquals("%100!% sure%", QuestionQuery.likePattern(" 100% Sure "));
        assertEquals("%snake!_case !!%", QuestionQuery.likePattern("snake_case !"));
    }

    @Test
    void sorting_reads_a_field_name_with_an_optional_minus_for_descending() {
        assertEquals(new QuestionSort(QuestionSort.Field.TEXT, true), QuestionSort.parse("text"));
        assertEquals(
                new QuestionSort(QuestionSort.Field.CHANGED, false),
                QuestionSort.parse("-changed"));
        assertEquals(QuestionSort.DEFAULT, QuestionSort.parse("salary"));
        assertEquals(
                " order by c.name desc, q.id desc", QuestionSort.parse("-competency").orderBy());
    }

    @Test
    void blank_filters_mean_no_filter() {
        QuestionFilter filter = new QuestionFilter(null, null, QuestionStatus.DRAFT, "  ", "");
        assertNull(filter.tag());
        assertNull(filter.search());
        assertEquals(QuestionStatus.ACTIVE, filter.withStatus(QuestionStatus.ACTIVE).status());
    }

    @Test
    void exports_are_named_after_the_day() {
        assertEquals(
                "candor-questions-2025-03-04.csv",
                QuestionFiles.exportFileName(LocalDate.of(2025, 3, 4), new QuestionCsvFormat()));
    }

    @Test
    void blank_anchor_rows_are_left_out_as_between() {
        QuestionInput input =
                new QuestionInput(
                        "t",
                        "BEHAVIOURAL",
                        "c",
                        "",
                        null,
                        java.util.List.of(
                                new QuestionInput.Anchor(2, " ", null),
                                new QuestionInput.Anchor(3, "x", "")),
                        null,
                        null,
                        null);
        assertEquals(1, input.anchors().size());
        assertEquals(3, input.anchors().get(0).score());
    }
}
