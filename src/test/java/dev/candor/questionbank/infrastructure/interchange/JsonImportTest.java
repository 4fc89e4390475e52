package dev.candor.questionbank.infrastructure.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.QuestionSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonImportTest {

    private static final String QUESTION =
            """
            {"text": "Tell me about a time you owned a customer's problem.",
             "kind": "BEHAVIOURAL", "competency": "%s", "guidance": "Listen for follow-through.",
             "probes": ["What did you do next?", "What was the result?"],
             "anchors": [{"score": 1, "label": "None", "description": "Blames others."},
                         {"score": 3, "label": "Some", "description": "Fixes their part."},
                         {"score": 5, "label": "Full", "description": "Sees it through."}],
             "tags": ["ownership"], "status": "ACTIVE", "source": {"file": "004.txt", "idea": "Rules"}}""";

    private final Competency ownership =
            new Competency("Ownership", "Sees a customer's problem through.");
    private final ImportContext bank = new ImportContext(List.of(ownership), Set.of());

    private ImportReport importing(String json) {
        return new QuestionJsonFormat().read(json.getBytes(StandardCharsets.UTF_8), bank);
    }

    private static String question(String competency) {
        return QUESTION.formatted(competency);
    }

    private static String replacing(String field, String json) {
        return question("Ownership")
                .replaceFirst(
                        "\"" + field + "\": (\"[^\"]*\"|\\[[^]]*]|\\{[^}]*})",
                        "\"" + field + "\": " + json);
    }

    private static void assertRefusedWith(ImportReport report, String... messages) {
        assertFalse(report.isAccepted(), "the import should have been refused");
        assertEquals(List.of(messages), report.getMessages());
    }

    @Test
    void a_list_of_questions_is_read_with_its_source() {
        ImportReport report = importing("[" + question("Ownership") + "]");

        assertTrue(report.isAccepted(), () -> String.join("\n", report.getMessages()));
        ImportedQuestion imported = report.getBatch().questions().get(0);
        assertEquals(1, imported.row());
        assertEquals(new QuestionSource("004.txt", "Rules"), imported.source());
        assertEquals(ownership, imported.content().competency());
    }

    @Test
    void the_competencies_section_may_define_competencies_the_bank_lacks() {
        ImportReport report =
                importing(
                        """
                {"competencies": [{"name": "Tact", "description": "Handles awkward moments.", "active": true}],
                 "questions": [%s]}"""
                                .formatted(question("Tact")));

        assertTrue(report.isAccepted(), () -> String.join("\n", report.getMessages()));
        Competency tact = report.getBatch().newCompetencies().get(0);
        assertEquals("Tact", tact.getName());
        assertEquals(tact, report.getBatch().questions().get(0).content().competency());
    }

    @Test
    void a_competency_the_bank_already_has_is_used_rather_than_created() {
        ImportReport report =
                importing(
                        """
                {"competencies": [{"name": "ownership", "description": "Another wording."}],
                 "questions": [%s]}"""
                                .formatted(question("Ownership")));

        assertEquals(List.of(), report.getBatch().newCompetencies());
        assertEquals(ownership, report.getBatch().questions().get(0).content().competency());
    }

    @Test
    void a_competency_defined_twice_is_reported() {
        ImportReport report =
                importing(
                        """
                {"competencies": [{"name": "Tact", "description": "One."}, {"name": "tact", "description": "Two."}],
                 "questions": [%s]}"""
                                .formatted(question("Tact")));

        assertRefusedWith(report, "column competencies[2].name: defines 'tact' a second time");
    }

    @Test
    void an_unknown_competency_is_reported() {
        assertRefusedWith(
                importing("[" + question("Telepathy") + "]"),
                "row 1, column competency: there is no"
                        + " competency named 'Telepathy' in the bank or in the file's \"competencies\"");
    }

    @Test
    void a_field_of_the_wrong_type_is_reported() {
        assertRefusedWith(
                importing("[" + replacing("probes", "\"What next?\"") + "]"),
                "row 1, column probes: must be a list in square brackets");
    }

    @Test
    void a_probe_that_is_not_text_is_reported_by_position() {
        assertRefusedWith(
                importing("[" + replacing("probes", "[\"What next?\", 42]") + "]"),
                "row 1, column probes[2]: must be text in double quotes");
    }

    @Test
    void an_unknown_field_is_named() {
        String withSalary = question("Ownership").replace("\"kind\"", "\"salary\": 1, \"kind\"");

        ImportReport report = importing("[" + withSalary + "]");

        assertEquals(1, report.getProblems().size());
        assertTrue(
                report.getMessages()
                        .get(0)
                        .startsWith("row 1, column salary: is not a field Candor reads"));
    }

    @Test
    void a_score_outside_one_to_five_is_reported() {
        ImportReport report =
                importing(
                        "[" + question("Ownership").replace("\"score\": 5", "\"score\": 7") + "]");

        assertRefusedWith(
                report,
                "row 1, column anchors[3].score: is 7; scores run from 1 to 5",
                "row 1, column anchors[score=5].label: an anchor for score 5 is required for an active question");
    }

    @Test
    void two_anchors_for_one_score_are_reported() {
        ImportReport report =
                importing(
                        "[" + question("Ownership").replace("\"score\": 5", "\"score\": 3") + "]");

        assertTrue(
                report.getMessages()
                        .contains("row 1, column anchors: has more than one anchor for score 3"));
    }

    @Test
    void too_many_probes_are_reported() {
        ImportReport report =
                importing(
                        "["
                                + replacing("probes", "[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]")
                                + "]");

        assertRefusedWith(report, "row 1, column probes: has 6 probes; at most 5 are allowed");
    }

    @Test
    void a_question_that_is_not_an_object_is_reported() {
        assertRefusedWith(
                importing("[" + question("Ownership") + ", \"oops\"]"),
                "row 2: must be an object in braces");
    }

    @Test
    void an_object_without_questions_is_reported() {
        assertRefusedWith(
                importing("{\"competencies\": []}"),
                "column questions: is required and must be a list");
    }

    @Test
    void text_that_is_not_json_is_reported_with_its_position() {
        ImportReport report = importing("[{\"text\": \"unterminated]");

        assertEquals(1, report.getProblems().size());
        assertTrue(report.getMessages().get(0).startsWith("The file is not valid JSON:"));
        assertTrue(report.getMessages().get(0).contains("line 1"));
    }

    @Test
    void a_json_value_that_is_neither_list_nor_object_is_reported() {
        assertRefusedWith(
                importing("42"),
                "The file must hold a list of questions, or an object with"
                        + " \"competencies\" and \"questions\".");
    }

    @Test
    void an_empty_list_is_reported() {
        assertRefusedWith(importing("[]"), "The file holds no questions.");
    }
}
