package dev.candor.questionbank.application;

import dev.candor.questionbank.domain.Change;
import dev.candor.questionbank.domain.ContentProblem;
import dev.candor.questionbank.domain.InvalidQuestionException;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionContent;
import dev.candor.questionbank.domain.QuestionStateException;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules for applying one save of the editor (content and status together) to a question. */
public final class QuestionEditing {

    private QuestionEditing() {}

    /**
     * Applies new content and, when given, a new status, in the order that lets both succeed: a
     * retired question is made active before its content changes (retired questions cannot be
     * edited); otherwise the content changes first, so a draft is amended in place before it
     * becomes active, and an active question keeps its last version when it is retired.
     */
    public static void apply(
            Question question,
            QuestionContent content,
            QuestionStatus status,
            Change change,
            boolean inUse) {
        try {
            boolean sameContent = content.equals(question.getCurrentVersion().content());
            if (question.getStatus() == QuestionStatus.RETIRED && status == QuestionStatus.ACTIVE) {
                question.changeStatus(status);
                if (!sameContent) {
                    question.revise(content, change, inUse);
                }
            } else {
                if (!sameContent) {
                    question.revise(content, change, inUse);
                }
                if (status != null) {
                    question.changeStatus(status);
                }
            }
        } catch (InvalidQuestionException invalid) {
            throw invalidInput(invalid.problems());
        } catch (QuestionStateException refused) {
            throw new ConflictException(refused.getMessage());
        }
    }

    /** A new question: a draft at version 1, then made active or retired if asked. */
    public static Question create(QuestionContent content, QuestionStatus status, Change change) {
        try {
            Question question = Question.draft(content, null, change);
            if (status != null) {
                question.changeStatus(status);
            }
            return question;
        } catch (InvalidQuestionException invalid) {
            throw invalidInput(invalid.problems());
        } catch (QuestionStateException refused) {
            throw new ConflictException(refused.getMessage());
        }
    }

    public static InvalidInputException invalidInput(List<ContentProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(
                p -> byField.merge(fieldOf(p), sentence(p.message()), (a, b) -> a + " " + b));
        return new InvalidInputException(byField);
    }

    /**
     * The field a problem belongs to, named as in the JSON format: text, probes[2],
     * anchors[score=3].label, …
     */
    public static String fieldOf(ContentProblem problem) {
        int n = problem.position();
        return switch (problem.field()) {
            case TEXT -> "text";
            case KIND -> "kind";
            case COMPETENCY -> "competency";
            case GUIDANCE -> "guidance";
            case PROBES -> "probes";
            case PROBE -> "probes[" + n + "]";
            case ANCHORS -> "anchors";
            case ANCHOR_LABEL -> "anchors[score=" + n + "].label";
            case ANCHOR_DESCRIPTION -> "anchors[score=" + n + "].description";
            case TAGS -> "tags";
            case TAG -> "tags[" + n + "]";
            case STATUS -> "status";
            case SOURCE_FILE -> "source.file";
            case SOURCE_IDEA -> "source.idea";
        };
    }

    /** Domain messages read "is required but empty"; a field message reads better as a sentence. */
    static String sentence(String message) {
        String text = message.strip();
        if (text.isEmpty()) {
            return text;
        }
        if (text.startsWith("is ")
                || text.startsWith("has ")
                || text.startsWith("must ")
                || text.startsWith("starts ")
                || text.startsWith("repeats ")) {
            text = "This " + text;
        } else {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return text.endsWith(".") ? text : text + ".";
    }
}
