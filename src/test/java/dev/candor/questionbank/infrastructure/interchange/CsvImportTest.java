package dev.candor.questionbank.infrastructure.interchange;

import static dev.candor.questionbank.infrastructure.interchange.CsvFiles.HEADER;
import static dev.candor.questionbank.infrastructure.interchange.CsvFiles.file;
import static dev.candor.questionbank.infrastructure.interchange.CsvFiles.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.QuestionKey;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.RubricAnchor;
import dev.candor.shared.infrastructure.upload.UploadedText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvImportTest {

    private final Competency ownership =
            new Competency("Ownership", "Sees a customer's problem through.");
    private final ImportContext bank = new ImportContext(List.of(ownership), Set.of());

    private ImportReport importing(byte[] file) {
        return new QuestionCsvFormat().read(file, bank);
    }

    private static void assertRefusedWith(ImportReport report, String... messages) {
        assertFalse(report.isAccepted(), "the import should have been refused");
        assertEquals(List.of(messages), report.getMessages());
    }

    @Test
    void a_valid_file_yields_every_question_with_its_content() {
        ImportReport report =
                importing(file(HEADER, row(), row("text", "Tell me about another time.")));

        assertTrue(report.isAccepted(), () -> String.join("\n", report.getMessages()));
        List<ImportedQuestion> questions = report.getBatch().questions();
        assertEquals(2, questions.size());
        ImportedQuestion first = questions.get(0);
        assertEquals(2, first.row());
        assertEquals(QuestionKind.BEHAVIOURAL, first.content().kind());
        assertEquals(ownership, first.content().competency());
        assertEquals(
                List.of("What did you do next?", "What was the result?"), first.content().probes());
        assertEquals(
                List.of(1, 3, 5),
                first.content().anchors().stream().map(RubricAnchor::getScore).toList());
        assertEquals(List.of("ownership", "follow-up"), first.content().tags());
        assertEquals(QuestionStatus.ACTIVE, first.status());
    }

    @Test
    void columns_may_come_in_any_order_and_any_case() {
        ImportReport report =
                importing(
                        file(
                                "Competency,TEXT,kind,guidance,anchor5_label,anchor5_description,"
                                        + "anchor3_label,anchor3_description,anchor1_label,anchor1_description",
                                "Ownership,Tell me.,SITUATIONAL,Listen.,Top,Does it all.,Mid,Does some.,Low,Does none."));

        assertTrue(report.isAccepted(), () -> String.join("\n", report.getMessages()));
        assertEquals("Tell me.", report.getBatch().questions().get(0).content().text());
    }

    @Test
    void a_row_without_a_status_is_imported_as_a_draft() {
        ImportReport report = importing(file(HEADER, row("status", "")));

        assertEquals(QuestionStatus.DRAFT, report.getBatch().questions().get(0).status());
    }

    @Test
    void blank_rows_are_skipped_but_still_counted_as_rows() {
        ImportReport report = importing(file(HEADER, ",,,,,,,,,,,,,", row("kind", "sometimes")));

        assertRefusedWith(
                report, "row 3, column kind: 'sometimes' is not one of BEHAVIOURAL, SITUATIONAL");
    }

    @Test
    void every_problem_in_every_row_is_reported_and_nothing_is_imported() {
        ImportReport report =
                importing(
                        file(
                                HEADER,
                                row(),
                                row(
                                        "text",
                                        "Tell me about a second time.",
                                        "kind",
                                        "",
                                        "guidance",
                                        ""),
                                row("text", "")));

        assertRefusedWith(
                report,
                "row 3, column kind: is required but empty",
                "row 3, column guidance: is required for an active question",
                "row 4, column text: is required but empty");
    }

    @Test
    void an_unknown_competency_is_reported() {
        ImportReport report = importing(file(HEADER, row("competency", "Telepathy")));

        assertRefusedWith(
                report,
                "row 2, column competency: there is no competency named 'Telepathy' in the bank;"
                        + " create it first (a JSON import can also define it)");
    }

    @Test
    void competency_names_match_regardless_of_case() {
        ImportReport report = importing(file(HEADER, row("competency", " ownership ")));

        assertEquals(ownership, report.getBatch().questions().get(0).content().competency());
    }

    @Test
    void an_inactive_competency_is_reported() {
        ownership.deactivate();

        ImportReport report = importing(file(HEADER, row()));

        assertRefusedWith(
                report,
                "row 2, column competency: the competency 'Ownership' is inactive;"
                        + " activate it before importing questions for it");
    }

    @Test
    void an_unknown_status_is_reported() {
        assertRefusedWith(
                importing(file(HEADER, row("status", "LIVE"))),
                "row 2, column status: 'LIVE' is not one of DRAFT, ACTIVE, RETIRED");
    }

    @Test
    void an_active_question_without_the_middle_anchor_is_reported() {
        ImportReport report =
                importing(file(HEADER, row("anchor3_label", "", "anchor3_description", "")));

        assertRefusedWith(
                report,
                "row 2, column anchor3_label: an anchor for score 3 is required for an active question");
    }

    @Test
    void a_draft_may_leave_anchors_for_later() {
        ImportReport report =
                importing(
                        file(
                                HEADER,
                                row(
                                        "status",
                                        "DRAFT",
                                        "anchor3_label",
                                        "",
                                        "anchor3_description",
                                        "")));

        assertTrue(report.isAccepted());
    }

    @Test
    void an_anchor_with_a_label_but_no_description_is_reported() {
        assertRefusedWith(
                importing(file(HEADER, row("anchor1_description", ""))),
                "row 2, column anchor1_description: is required but empty");
    }

    @Test
    void a_gap_between_probes_is_reported() {
        assertRefusedWith(
                importing(file(HEADER, row("probe1", ""))),
                "row 2, column probe1: is required but empty");
    }

    @Test
    void a_cell_longer_than_its_field_allows_is_reported() {
        assertRefusedWith(
                importing(file(HEADER, row("anchor5_label", "x".repeat(81)))),
                "row 2, column anchor5_label: is 81 characters long; at most 80 are allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+SUM(A1:A2)", "-2+3", "@cmd"})
    void a_cell_that_starts_like_a_formula_is_reported(String formula) {
        ImportReport report = importing(file(HEADER, row("guidance", formula)));

        assertRefusedWith(
                report,
                "row 2, column guidance: starts with '"
                        + formula.charAt(0)
                        + "'; text starting with =, +, - or @ is refused because spreadsheets run it as a formula");
    }

    @Test
    void a_formula_in_a_choice_column_is_reported_as_a_formula() {
        ImportReport report = importing(file(HEADER, row("kind", "=A1")));

        assertTrue(report.getMessages().get(0).startsWith("row 2, column kind: starts with '='"));
    }

    @Test
    void a_question_already_active_in_the_bank_is_reported_not_doubled() {
        ImportContext withActive =
                new ImportContext(
                        List.of(ownership),
                        Set.of(
                                new QuestionKey(
                                        "Tell me about a time you owned a customer's problem.",
                                        "Ownership")));

        ImportReport report = new QuestionCsvFormat().read(file(HEADER, row()), withActive);

        assertRefusedWith(
                report,
                "row 2, column text: the bank already has this question as an active question"
                        + " for 'Ownership'");
    }

    @Test
    void the_same_question_twice_in_a_file_is_reported() {
        ImportReport report =
                importing(
                        file(
                                HEADER,
                                row(),
                                row(
                                        "text",
                                        "Tell me  about a time you OWNED a customer's problem.")));

        assertRefusedWith(
                report,
                "row 3, column text: repeats the question in row 2 for the same competency");
    }

    @Test
    void an_unknown_extra_column_is_named() {
        ImportReport report = importing(file(HEADER + ",salary", row() + ",high"));

        assertEquals(1, report.getProblems().size());
        assertTrue(
                report.getMessages()
                        .get(0)
                        .startsWith("column salary: is not a column Candor reads"));
    }

    @Test
    void a_missing_required_column_is_named() {
        ImportReport report =
                importing(
                        file(
                                "text,kind,competency,guidance",
                                "Tell me.,BEHAVIOURAL,Ownership,Listen."));

        assertEquals(6, report.getProblems().size());
        assertEquals(
                "column anchor1_label: is required but missing from the header",
                report.getMessages().get(0));
    }

    @Test
    void a_column_named_twice_is_reported() {
        assertRefusedWith(
                importing(file(HEADER + ",text", row() + ",again")),
                "column text: appears more than once in the header");
    }

    @Test
    void a_value_under_no_column_name_is_reported() {
        assertRefusedWith(
                importing(file(HEADER, row() + ",stray")),
                "row 2, column O: has a value, but the column has no name in the header");
    }

    @Test
    void a_file_separated_by_semicolons_is_explained() {
        ImportReport report =
                importing(file(HEADER.replace(',', ';'), row().replace("\",\"", "\";\"")));

        assertTrue(report.getMessages().get(0).contains("seems to be separated by semicolons"));
    }

    @Test
    void an_unclosed_quote_is_reported_at_its_row() {
        ImportReport report = importing(file(HEADER, row(), "\"Tell me,BEHAVIOURAL"));

        assertRefusedWith(
                report,
                "row 3: a quoted cell is opened but never closed, so the rest of the file cannot be read");
    }

    @Test
    void an_empty_file_is_reported() {
        assertRefusedWith(importing(new byte[0]), "The file is empty.");
        assertRefusedWith(
                importing(" \r\n ".getBytes(StandardCharsets.UTF_8)), "The file is empty.");
    }

    @Test
    void a_file_with_only_a_header_is_reported() {
        assertRefusedWith(importing(file(HEADER)), "The file holds no questions.");
    }

    @Test
    void a_byte_order_mark_is_accepted() {
        byte[] text = file(HEADER, row());
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);

        assertTrue(importing(withMark).isAccepted());
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_advice() {
        byte[] latin1 =
                (HEADER + "\r\n" + row("text", "Tell me about a café."))
                        .getBytes(StandardCharsets.ISO_8859_1);

        ImportReport report = importing(latin1);

        assertEquals(1, report.getProblems().size());
        assertTrue(
                report.getMessages()
                        .get(0)
                        .startsWith("The file is not UTF-8 text: the byte at position"));
        assertTrue(report.getMessages().get(0).contains("CSV UTF-8"));
    }

    @Test
    void a_utf16_file_is_refused_with_advice() {
        byte[] utf16 = (HEADER + "\r\n" + row()).getBytes(StandardCharsets.UTF_16);

        assertTrue(
                importing(utf16).getMessages().get(0).startsWith("The file is saved as UTF-16."));
    }

    @Test
    void a_workbook_is_refused_with_advice() {
        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 6, 0};

        assertTrue(importing(workbook).getMessages().get(0).startsWith("The file is a workbook"));
    }

    @Test
    void a_file_over_two_mebibytes_is_refused() {
        byte[] huge = new byte[UploadedText.MAX_FILE_BYTES + 1];

        assertRefusedWith(
                importing(huge),
                "The file is 2097153 bytes; at most 2097152 bytes (2 MiB) can be"
                        + " imported at once. Split it into smaller files.");
    }

    @Test
    void a_file_with_more_questions_than_the_limit_is_refused() {
        StringBuilder text =
                new StringBuilder(
                        "text,kind,competency,guidance,anchor1_label,anchor1_description,"
                                + "anchor3_label,anchor3_description,anchor5_label,anchor5_description\r\n");
        for (int i = 0; i <= ImportValidation.MAX_QUESTIONS; i++) {
            text.append("Question ").append(i).append(",SITUATIONAL,Ownership,G,a,b,c,d,e,f\r\n");
        }

        ImportReport report = importing(text.toString().getBytes(StandardCharsets.UTF_8));

        assertRefusedWith(
                report, "The file holds more than 5000 questions; split it into smaller files.");
    }
}
