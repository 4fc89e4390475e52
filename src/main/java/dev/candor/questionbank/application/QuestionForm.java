package dev.candor.questionbank.application;

import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.ContentProblem;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionContent;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.RubricAnchor;
import dev.candor.shared.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The question form as typed, read into content: kind, status and competency by name, anchors by
 * score, every problem at once beside its field.
 */
final class QuestionForm {

    private QuestionForm() {}

    /** Turns what was typed into content, reporting unknown names beside their fields. */
    static QuestionContent content(
            QuestionInput input, Question existing, CompetencyCatalog competencies) {
        Map<String, String> problems = new LinkedHashMap<>();
        QuestionKind kind = parse(QuestionKind.class, input.kind(), "kind", problems);
        QuestionStatus status = parse(QuestionStatus.class, input.status(), "status", problems);
        QuestionStatus target =
                status != null
                        ? status
                        : existing == null ? QuestionStatus.DRAFT : existing.getStatus();
        Competency competency = competency(input, existing, competencies, problems);
        List<RubricAnchor> anchors = new ArrayList<>();
        for (QuestionInput.Anchor anchor : input.anchors()) {
            if (RubricAnchor.isScore(anchor.score())) {
                anchors.add(new RubricAnchor(anchor.score(), anchor.label(), anchor.description()));
            } else {
                problems.put(
                        "anchors", "An anchor's score is from 1 to 5, not " + anchor.score() + ".");
            }
        }
        // Every problem at once, at its field: what no version may hold, what an active question
        // needs besides, and the unknown names above; never one round of messages after another.
        QuestionContent partial =
                new QuestionContent(
                        input.text(),
                        kind == null ? QuestionKind.BEHAVIOURAL : kind,
                        competency == null ? placeholder() : competency,
                        input.guidance(),
                        input.probes(),
                        anchors,
                        input.tags());
        List<ContentProblem> found = new ArrayList<>(partial.problems());
        if (target == QuestionStatus.ACTIVE) {
            found.addAll(partial.activationProblems());
        }
        if (!problems.isEmpty() || !found.isEmpty()) {
            Map<String, String> all =
                    new LinkedHashMap<>(QuestionEditing.invalidInput(found).problems());
            all.putAll(problems);
            throw new InvalidInputException(all);
        }
        return new QuestionContent(
                input.text(),
                kind,
                competency,
                input.guidance(),
                input.probes(),
                anchors,
                input.tags());
    }

    /** The named competency (null if none), any problem with it put beside its field. */
    private static Competency competency(
            QuestionInput input,
            Question existing,
            CompetencyCatalog competencies,
            Map<String, String> problems) {
        if (input.competency() == null || input.competency().isBlank()) {
            problems.put("competency", "Choose the competency this question gathers evidence for.");
            return null;
        }
        Competency competency = competencies.findByName(input.competency()).orElse(null);
        if (competency == null) {
            problems.put(
                    "competency",
                    "There is no competency named \"" + input.competency().strip() + "\".");
        } else if (!competency.isActive()
                && (existing == null
                        || !existing.getCompetency().getId().equals(competency.getId()))) {
            problems.put(
                    "competency",
                    "The competency \""
                            + competency.getName()
                            + "\" is inactive; activate it first or choose another.");
        }
        return competency;
    }

    private static Competency placeholder() {
        return new Competency("placeholder", "Stands in while other fields are checked.");
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            if (type == QuestionKind.class) {
                problems.put(field, "Choose behavioural or situational.");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.put(
                    field,
                    "\""
                            + value.strip()
                            + "\" is not one of "
                            + Arrays.toString(type.getEnumConstants())
                            + ".");
            return null;
        }
    }
}
