package dev.candor.planning.domain;

import dev.candor.questionbank.domain.Change;
import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionContent;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.RubricAnchor;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Openings, questions and candidates for planning's unit tests. */
final class Plans {

    static final Competency COMPOSURE = new Competency("Composure", "Stays calm.");
    static final Competency TACT = new Competency("Tact", "Says hard things kindly.");
    static final Competency OWNERSHIP = new Competency("Ownership", "Sees it through.");
    static final Instant NOW = Instant.parse("2025-05-05T08:00:00Z");
    static final Instant MONDAY_10 = Instant.parse("2025-05-12T10:00:00Z");

    private Plans() {}

    static QuestionContent content(String text, Competency competency) {
        return new QuestionContent(
                text,
                QuestionKind.BEHAVIOURAL,
                competency,
                "Listen for specifics.",
                List.of("What happened next?"),
                List.of(
                        new RubricAnchor(1, "Weak", "No example."),
                        new RubricAnchor(3, "Fair", "An example."),
                        new RubricAnchor(5, "Strong", "A clear example with a result.")),
                List.of());
    }

    static Question active(String text, Competency competency) {
        Question question =
                Question.draft(content(text, competency), null, new Change("alice", NOW, ""));
        question.changeStatus(QuestionStatus.ACTIVE);
        return question;
    }

    static Question draft(String text, Competency competency) {
        return Question.draft(content(text, competency), null, new Change("alice", NOW, ""));
    }

    static void revise(Question question, String newText) {
        question.revise(
                content(newText, question.getCompetency()),
                new Change("bob", NOW, "clearer"),
                true);
    }

    static Opening opening(Competency... key) {
        return new Opening(
                new OpeningDetails(
                        "Customer Service Lead",
                        "Support",
                        "Leads the desk.",
                        Set.of("manager"),
                        Set.copyOf(Arrays.asList(key))),
                "recruiter",
                NOW);
    }

    static StageSpec stage(String name, int minutes, QuestionSpec... questions) {
        return new StageSpec(name, minutes, List.of(questions));
    }

    static QuestionSpec ask(Question question, int minutes) {
        return new QuestionSpec(question, null, minutes);
    }

    static QuestionSpec ask(Question question, int version, int minutes) {
        return new QuestionSpec(question, version, minutes);
    }

    static Candidate candidate(Opening opening, String name) {
        return new Candidate(
                opening,
                new CandidateDetails(
                        name, name.toLowerCase().replace(' ', '.') + "@example.com", null, null),
                NOW);
    }
}
