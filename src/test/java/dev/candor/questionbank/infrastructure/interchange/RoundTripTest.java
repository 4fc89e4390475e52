package dev.candor.questionbank.infrastructure.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.questionbank.domain.Change;
import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionContent;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionSource;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.RubricAnchor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private static final Change IMPORT =
            new Change("importer", Instant.parse("2025-03-03T09:00:00Z"), "");

    private final Competency tact =
            new Competency("Tact", "Handles awkward moments \"smoothly\", without fuss.");
    private final Competency waits =
            new Competency("Anticipating needs", "Sees what a customer will need.");
    private final List<Question> bank =
            List.of(
                    question(
                            tact,
                            QuestionKind.BEHAVIOURAL,
                            QuestionStatus.ACTIVE,
                            "Tell me about an awkward moment, " + "say a \"wrong\" order.",
                            List.of("What did you say, exactly?", "How did they react?\nAnd you?"),
                            List.of(1, 2, 3, 4, 5),
                            List.of("tact", "awkward moments"),
                            new QuestionSource("002_32fcc2ca42fc27ce.txt", "Use tact with tact")),
                    question(
                            waits,
                            QuestionKind.SITUATIONAL,
                            QuestionStatus.DRAFT,
                            "What would you do if a queue formed — " + "café rush, 20 people?",
                            List.of(),
                            List.of(1),
                            List.of(),
                            null),
                    question(
                            waits,
                            QuestionKind.BEHAVIOURAL,
                            QuestionStatus.RETIRED,
                            "Tell me about a long wait.",
                            List.of("a", "b", "c", "d", "e"),
                            List.of(1, 3, 5),
                            List.of("waits"),
                            new QuestionSource("", "An idea without a file")));

    private static Question question(
            Competency competency,
            QuestionKind kind,
            QuestionStatus status,
            String text,
            List<String> probes,
            List<Integer> scores,
            List<String> tags,
            QuestionSource source) {
        List<RubricAnchor> anchors =
                scores.stream()
                        .map(
                                score ->
                                        new RubricAnchor(
                                                score,
                                                "Level " + score,
                                                "Does thing " + score + ", well; or not."))
                        .toList();
        Question question =
                Question.draft(
                        new QuestionContent(
                                text,
                                kind,
                                competency,
                                "Guidance, with a comma.",
                                probes,
                                anchors,
                                tags),
                        source,
                        IMPORT);
        question.changeStatus(status);
        return question;
    }

    private static byte[] export(QuestionFormat format, List<Question> questions)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(questions, out);
        return out.toByteArray();
    }

    private static List<Question> reimport(
            QuestionFormat format, byte[] file, ImportContext context) {
        ImportReport report = format.read(file, context);
        assertTrue(report.isAccepted(), () -> String.join("\n", report.getMessages()));
        return report.getBatch().questions().stream()
                .map(imported -> imported.toQuestion(IMPORT))
                .toList();
    }

    private static void assertSameQuestions(List<Question> expected, List<Question> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            QuestionContent before = expected.get(i).getCurrentVersion().content();
            QuestionContent after = actual.get(i).getCurrentVersion().content();
            assertEquals(before.text(), after.text());
            assertEquals(before.kind(), after.kind());
            assertEquals(before.competency().getName(), after.competency().getName());
            assertEquals(before.guidance(), after.guidance());
            assertEquals(before.probes(), after.probes());
            assertEquals(before.anchors(), after.anchors());
            assertEquals(before.tags(), after.tags());
            assertEquals(expected.get(i).getStatus(), actual.get(i).getStatus());
            assertEquals(expected.get(i).getSource(), actual.get(i).getSource());
        }
    }

    @Test
    void a_csv_export_imports_back_unchanged() throws IOException {
        QuestionFormat csv = new QuestionCsvFormat();
        byte[] exported = export(csv, bank);

        List<Question> imported =
                reimport(csv, exported, new ImportContext(List.of(tact, waits), Set.of()));

        assertSameQuestions(bank, imported);
        assertEquals(new String(exported, "UTF-8"), new String(export(csv, imported), "UTF-8"));
    }

    @Test
    void a_json_export_imports_back_unchanged_into_an_empty_bank() throws IOException {
        QuestionFormat json = new QuestionJsonFormat();
        byte[] exported = export(json, bank);

        ImportReport report = json.read(exported, ImportContext.emptyBank());
        List<Question> imported = reimport(json, exported, ImportContext.emptyBank());

        assertSameQuestions(bank, imported);
        assertEquals(
                List.of("Tact", "Anticipating needs"),
                report.getBatch().newCompetencies().stream().map(Competency::getName).toList());
        assertEquals(
                tact.getDescription(), report.getBatch().newCompetencies().get(0).getDescription());
        assertEquals(new String(exported, "UTF-8"), new String(export(json, imported), "UTF-8"));
    }

    @Test
    void reimporting_an_export_into_the_same_bank_reports_the_active_questions_as_duplicates()
            throws IOException {
        QuestionFormat csv = new QuestionCsvFormat();

        ImportReport report =
                csv.read(export(csv, bank), ImportContext.forBank(List.of(tact, waits), bank));

        assertEquals(
                List.of(
                        "row 2, column text: the bank already has this question as an active question for"
                                + " 'Tact'"),
                report.getMessages());
    }

    @Test
    void the_format_is_chosen_by_the_file_name() {
        assertEquals(
                "csv", QuestionFormat.forFileName("Bank Export.CSV").orElseThrow().fileExtension());
        assertEquals("json", QuestionFormat.forFileName("bank.json").orElseThrow().fileExtension());
        assertTrue(QuestionFormat.forFileName("bank.xlsx").isEmpty());
    }

    @Test
    void a_csv_cell_that_starts_like_a_formula_is_written_so_spreadsheets_show_it_as_text() {
        assertEquals(
                "'=HYPERLINK(\"http://x\")", QuestionCsvFormat.safe("=HYPERLINK(\"http://x\")"));
        assertEquals("Tell me.", QuestionCsvFormat.safe("Tell me."));
    }
}
