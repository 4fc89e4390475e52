package dev.candor.planning.domain;

import dev.candor.planning.domain.Plan.Pin;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The check of a plan the editor sends before an opening takes it: stage names, lengths and sizes,
 * each question once, a version it has, active unless already pinned. Every problem is put at once,
 * keyed like the JSON; what passes is resolved into the pins a stage stores.
 */
final class PlanCheck {

    private PlanCheck() {}

    static List<List<Pin>> resolve(
            Opening opening, List<StageSpec> specs, Map<String, String> problems) {
        if (specs.size() > Limits.MAX_STAGES) {
            problems.put(
                    "stages",
                    "A plan has at most "
                            + Limits.MAX_STAGES
                            + " stages, not "
                            + specs.size()
                            + ".");
        }
        Set<String> names = new HashSet<>();
        Map<Object, String> seenQuestions = new HashMap<>();
        List<List<Pin>> result = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            StageSpec spec = specs.get(i);
            String at = "stages[" + i + "]";
            String stageLabel = "Stage " + (i + 1);
            Limits.textProblem(spec.name(), Limits.STAGE_NAME, true)
                    .ifPresent(
                            p -> problems.put(at + ".name", stageLabel + ": the name " + p + "."));
            if (!Limits.normalise(spec.name()).isEmpty() && !names.add(Plan.key(spec.name()))) {
                problems.put(
                        at + ".name",
                        stageLabel
                                + ": another stage is already called \""
                                + Limits.normalise(spec.name())
                                + "\"; stage names must differ.");
            }
            Limits.minutesProblem(spec.minutes())
                    .ifPresent(
                            p ->
                                    problems.put(
                                            at + ".minutes",
                                            stageLabel + ": the length " + p + "."));
            if (spec.questions().size() > Limits.MAX_QUESTIONS_PER_STAGE) {
                problems.put(
                        at + ".questions",
                        stageLabel
                                + ": a stage has at most "
                                + Limits.MAX_QUESTIONS_PER_STAGE
                                + " questions.");
            }
            result.add(questionPins(opening, spec, at, stageLabel, seenQuestions, problems));
        }
        return result;
    }

    private static List<Pin> questionPins(
            Opening opening,
            StageSpec spec,
            String at,
            String stageLabel,
            Map<Object, String> seenQuestions,
            Map<String, String> problems) {
        List<Pin> pins = new ArrayList<>();
        for (int j = 0; j < spec.questions().size(); j++) {
            QuestionSpec question = spec.questions().get(j);
            String qAt = at + ".questions[" + j + "]";
            String qLabel = stageLabel + ", question " + (j + 1);
            Limits.minutesProblem(question.minutes())
                    .ifPresent(
                            p ->
                                    problems.put(
                                            qAt + ".minutes",
                                            qLabel + ": the time budget " + p + "."));
            if (question.question() == null) {
                continue;
            }
            Object identity = Plan.identity(question.question());
            String earlier = seenQuestions.putIfAbsent(identity, qLabel);
            if (earlier != null) {
                problems.put(
                        qAt + ".questionId",
                        qLabel
                                + ": this question is already in the plan ("
                                + earlier
                                + "); each question is asked once per candidate.");
            }
            pin(opening, question, qAt, qLabel, problems)
                    .ifPresent(
                            version ->
                                    pins.add(
                                            new Pin(
                                                    question.question(),
                                                    version,
                                                    question.minutes() == null
                                                            ? 0
                                                            : question.minutes())));
        }
        return pins;
    }

    private static Optional<QuestionVersion> pin(
            Opening opening,
            QuestionSpec spec,
            String at,
            String label,
            Map<String, String> problems) {
        Question question = spec.question();
        Optional<StageQuestion> pinned = opening.pinOf(question);
        QuestionVersion version;
        if (spec.version() == null) {
            version = pinned.map(StageQuestion::getVersion).orElse(question.getCurrentVersion());
        } else {
            Optional<QuestionVersion> asked = question.version(spec.version());
            if (asked.isEmpty()) {
                problems.put(
                        at + ".version",
                        label
                                + ": the question has no version "
                                + spec.version()
                                + "; it has versions 1 to "
                                + question.getCurrentVersion().getNumber()
                                + ".");
                return Optional.empty();
            }
            version = asked.get();
        }
        boolean alreadyPinned =
                pinned.filter(p -> p.getVersion().getNumber() == version.getNumber()).isPresent();
        if (!alreadyPinned && !question.isActive()) {
            problems.put(
                    at + ".questionId",
                    label
                            + ": the question \""
                            + Plan.abbreviate(version.getText())
                            + "\" is "
                            + question.getStatus().name().toLowerCase(Locale.ROOT)
                            + "; only active questions can be added to a plan.");
            return Optional.empty();
        }
        return Optional.of(version);
    }
}
