package dev.candor.planning.domain;

import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionVersion;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An opening's interview plan: its ordered stages, replaced as a whole, copied from another
 * opening, or moved to a question's newest version. Works on the opening's own list of stages,
 * which the opening persists; stages are matched by name ({@link #key}).
 */
final class Plan {

    private final Opening opening;
    private final List<PlanStage> stages;

    Plan(Opening opening, List<PlanStage> stages) {
        this.opening = opening;
        this.stages = stages;
    }

    /** As {@link Opening#stagesRemovedBy}. */
    List<PlanStage> stagesRemovedBy(List<StageSpec> specs) {
        Set<String> kept = new HashSet<>();
        specs.forEach(spec -> kept.add(key(spec.name())));
        return stages.stream().filter(stage -> !kept.contains(key(stage.getName()))).toList();
    }

    /** As {@link Opening#replacePlan}. */
    List<PlanStage> replace(List<StageSpec> specs) {
        List<StageSpec> wanted = specs == null ? List.of() : specs;
        Map<String, String> problems = new LinkedHashMap<>();
        List<List<Pin>> pins = PlanCheck.resolve(opening, wanted, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (wanted.stream()
                .anyMatch(spec -> spec.questions().stream().anyMatch(q -> q.question() == null))) {
            throw new IllegalArgumentException(
                    "Every question of a plan must be resolved before it is applied.");
        }
        Map<String, PlanStage> current = new HashMap<>();
        stages.forEach(stage -> current.put(key(stage.getName()), stage));
        List<PlanStage> next = new ArrayList<>();
        List<PlanStage> changed = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            PlanStage stage = place(current, wanted.get(i), i + 1);
            if (stage.replaceQuestions(pins.get(i))) {
                changed.add(stage);
            }
            next.add(stage);
        }
        stages.clear();
        stages.addAll(next);
        return changed;
    }

    /** The stage of that name, moved to its new position, or a new one there. */
    private PlanStage place(Map<String, PlanStage> current, StageSpec spec, int position) {
        PlanStage stage = current.get(key(spec.name()));
        if (stage == null) {
            return new PlanStage(opening, position, Limits.normalise(spec.name()), spec.minutes());
        }
        stage.reposition(position, Limits.normalise(spec.name()), spec.minutes());
        return stage;
    }

    Optional<StageQuestion> pinOf(Question question) {
        return stages.stream()
                .flatMap(stage -> stage.getQuestions().stream())
                .filter(sq -> identity(sq.getQuestion()).equals(identity(question)))
                .findFirst();
    }

    Optional<StageQuestion> pinOf(long questionId) {
        return stages.stream()
                .flatMap(stage -> stage.getQuestions().stream())
                .filter(sq -> Objects.equals(sq.getQuestion().getId(), questionId))
                .findFirst();
    }

    /** As {@link Opening#moveToNewestVersion}. */
    PlanStage moveToNewestVersion(Question question) {
        StageQuestion pinned =
                pinOf(question)
                        .orElseThrow(
                                () ->
                                        new ConflictException(
                                                "This question is not in the plan of \""
                                                        + opening.getTitle()
                                                        + "\" (any more)."));
        if (!question.isActive()) {
            throw new ConflictException(
                    "The question is "
                            + question.getStatus().name().toLowerCase(Locale.ROOT)
                            + "; only an active question's newest version can be pinned.");
        }
        pinned.repin(question.getCurrentVersion());
        return pinned.getStage();
    }

    /** As {@link Opening#copyPlanFrom}. */
    void copy(Opening other) {
        if (!stages.isEmpty()) {
            throw new ConflictException(
                    "The plan of \""
                            + opening.getTitle()
                            + "\" already has stages; a plan can only be "
                            + "started by copying while it is empty. Remove its stages first.");
        }
        if (other == opening) {
            throw new ConflictException("An opening cannot copy its own plan.");
        }
        for (PlanStage source : other.getStages()) {
            PlanStage copy =
                    new PlanStage(
                            opening, source.getPosition(), source.getName(), source.getMinutes());
            copy.replaceQuestions(
                    source.getQuestions().stream()
                            .map(sq -> new Pin(sq.getQuestion(), sq.getVersion(), sq.getMinutes()))
                            .toList());
            stages.add(copy);
        }
    }

    Optional<PlanStage> stageNamed(String name) {
        return stages.stream().filter(stage -> key(stage.getName()).equals(key(name))).findFirst();
    }

    /** How stage names are matched: trimmed, inner spaces collapsed, any case. */
    static String key(String name) {
        return Limits.normalise(name).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Persisted questions compare by id; new ones in unit tests by reference. */
    static Object identity(Question question) {
        return question.getId() == null ? question : question.getId();
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** A resolved question of a stage: what {@link PlanStage} stores. */
    record Pin(Question question, QuestionVersion version, int minutes) {}
}
