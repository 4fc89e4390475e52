package dev.candor.questionbank.domain;

import java.time.Instant;
import java.util.List;

/** Ready-made questions for tests: a complete, activatable content and small variations of it. */
public final class Questions {

    public static final Competency OWNERSHIP =
            new Competency("Ownership", "Sees a customer's problem through.");
    public static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    public static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");

    private Questions() {}

    public static QuestionContent complete(String text) {
        return new QuestionContent(
                text,
                QuestionKind.BEHAVIOURAL,
                OWNERSHIP,
                "A strong answer shows the candidate owning the outcome.",
                List.of("What did you do next?", "What was the result?"),
                List.of(
                        new RubricAnchor(
                                1, "No ownership", "Blames others or cannot give an example."),
                        new RubricAnchor(
                                3, "Some ownership", "Fixes their own part, hands the rest on."),
                        new RubricAnchor(
                                5, "Full ownership", "Sees it through and tells the customer.")),
                List.of("ownership"));
    }

    public static QuestionContent complete() {
        return complete("Tell me about a time you owned a customer's problem.");
    }

    public static QuestionContent withoutAnchors() {
        QuestionContent content = complete();
        return new QuestionContent(
                content.text(),
                content.kind(),
                content.competency(),
                content.guidance(),
                content.probes(),
                List.of(),
                content.tags());
    }

    public static Change by(String author, Instant at) {
        return new Change(author, at, "");
    }

    public static Question draft() {
        return Question.draft(complete(), null, by("alice", MONDAY));
    }

    public static Question active() {
        Question question = draft();
        question.changeStatus(QuestionStatus.ACTIVE);
        return question;
    }
}
