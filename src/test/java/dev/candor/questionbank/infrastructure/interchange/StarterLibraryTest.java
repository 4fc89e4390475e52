package dev.candor.questionbank.infrastructure.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.questionbank.domain.Change;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.RubricAnchor;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StarterLibraryTest {

    private static final String BROKE_THE_RULES =
            "Tell me about a time in a past job when you broke the rules for a customer.";
    private static final Set<String> SEED_FILES =
            Set.of(
                    "000_d607a049a0543da6.txt",
                    "001_dee51d43569e04b9.txt",
                    "002_32fcc2ca42fc27ce.txt",
                    "003_b56f8e3d1ea80e2a.txt",
                    "004_6396c81e65804e10.txt");

    private static ImportBatch library;

    @BeforeAll
    static void readLibrary() {
        ImportReport report = StarterLibrary.read();
        assertTrue(report.isAccepted(), () -> String.join("\n", report.getMessages()));
        library = report.getBatch();
    }

    private static ImportedQuestion question(String text) {
        return library.questions().stream()
                .filter(q -> q.content().text().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_library_has_at_least_24_active_questions_across_at_least_6_competencies() {
        assertTrue(
                library.questions().stream()
                                .filter(q -> q.status() == QuestionStatus.ACTIVE)
                                .count()
                        >= 24);
        assertTrue(library.newCompetencies().size() >= 6);
        assertTrue(
                library.questions().stream().map(q -> q.content().competency()).distinct().count()
                        >= 6);
    }

    @Test
    void every_question_has_guidance_two_probes_anchors_and_its_seed_file() {
        for (ImportedQuestion question : library.questions()) {
            String text = question.content().text();
            assertTrue(question.content().probes().size() >= 2, text);
            assertEquals(List.of(), question.content().activationProblems(), text);
            assertTrue(SEED_FILES.contains(question.source().getFile()), text);
            assertTrue(!question.source().getIdea().isBlank(), text);
        }
    }

    @Test
    void every_question_becomes_an_active_question_in_the_bank() {
        Change seeding =
                new Change("candor", Instant.parse("2025-03-03T09:00:00Z"), "Starter library");

        List<Question> questions =
                library.questions().stream().map(q -> q.toQuestion(seeding)).toList();

        assertTrue(questions.stream().allMatch(Question::isActive));
    }

    @Test
    void the_library_draws_on_every_seed_article() {
        assertEquals(
                SEED_FILES,
                library.questions().stream()
                        .map(q -> q.source().getFile())
                        .collect(Collectors.toSet()));
    }

    @Test
    void
            the_broke_the_rules_question_rates_judgement_ownership_and_telling_the_rule_owner_highest() {
        ImportedQuestion question = question(BROKE_THE_RULES);

        assertEquals("004_6396c81e65804e10.txt", question.source().getFile());
        List<RubricAnchor> anchors = question.content().anchors();
        assertEquals(List.of(1, 2, 3, 4, 5), anchors.stream().map(RubricAnchor::getScore).toList());
        assertTrue(anchors.get(0).getDescription().contains("never broken or bent a rule"));
        assertTrue(anchors.get(1).getDescription().contains("kept it quiet"));
        String top = anchors.get(4).getDescription();
        assertTrue(
                top.contains("judged")
                        && top.contains("owned the risk")
                        && top.contains("who own the rule"));
    }

    @Test
    void the_library_covers_the_moments_of_truth_ideas() {
        Set<String> ideas =
                library.questions().stream()
                        .map(q -> q.source().getIdea())
                        .collect(Collectors.toSet());

        for (String idea :
                List.of(
                        "Moments of truth (Jan Carlzon)",
                        "Did you find everything OK?",
                        "Signs that service recovery is needed",
                        "A wait is a moment of truth",
                        "Anticipate customers' needs",
                        "Use tact with tact",
                        "Treat customers the same by treating them differently",
                        "Surprise them with the unexpected",
                        "Be supportive, not defensive",
                        "I don't want it to be fine, I want it to be great")) {
            assertTrue(ideas.stream().anyMatch(text -> text.contains(idea)), idea);
        }
    }
}
