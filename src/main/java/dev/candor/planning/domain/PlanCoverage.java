package dev.candor.planning.domain;

import dev.candor.questionbank.domain.Competency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Competencies × stages: how many questions of the plan gather evidence for each competency in each
 * stage, with warnings a plan author should act on. The competencies the opening cares about are
 * its key competencies and every competency its plan asks about.
 */
public final class PlanCoverage {

    /**
     * Fewer questions than this for a competency give too little evidence to compare candidates on.
     */
    public static final int MIN_QUESTIONS_PER_COMPETENCY = 2;

    /** One competency's row: questions per stage, in stage order, and the total. */
    public record Row(String competency, boolean key, List<Integer> perStage, int total) {

        public boolean isThin() {
            return total < MIN_QUESTIONS_PER_COMPETENCY;
        }
    }

    private final List<String> stages;
    private final List<Row> rows;
    private final List<String> warnings;

    private PlanCoverage(List<String> stages, List<Row> rows, List<String> warnings) {
        this.stages = List.copyOf(stages);
        this.rows = List.copyOf(rows);
        this.warnings = List.copyOf(warnings);
    }

    public static PlanCoverage of(Opening opening) {
        List<PlanStage> planStages = opening.getStages();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Boolean> key = new LinkedHashMap<>();
        for (Competency competency : opening.getKeyCompetencies()) {
            counts.put(competency.getName(), new int[planStages.size()]);
            key.put(competency.getName(), true);
        }
        for (int s = 0; s < planStages.size(); s++) {
            for (StageQuestion question : planStages.get(s).getQuestions()) {
                String competency = question.getVersion().getCompetency().getName();
                counts.computeIfAbsent(competency, c -> new int[planStages.size()])[s]++;
                key.putIfAbsent(competency, false);
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach(
                (competency, perStage) -> {
                    List<Integer> values = new ArrayList<>();
                    int total = 0;
                    for (int count : perStage) {
                        values.add(count);
                        total += count;
                    }
                    rows.add(new Row(competency, key.get(competency), values, total));
                });
        rows.sort(
                Comparator.comparing((Row row) -> !row.key())
                        .thenComparing(row -> row.competency().toLowerCase(Locale.ROOT)));
        List<String> warnings = new ArrayList<>();
        for (Row row : rows) {
            if (row.isThin()) {
                warnings.add(
                        "\""
                                + row.competency()
                                + "\" has "
                                + (row.total() == 0 ? "no questions" : "only 1 question")
                                + " in the plan; ask at least "
                                + MIN_QUESTIONS_PER_COMPETENCY
                                + " to compare candidates on it fairly.");
            }
        }
        for (PlanStage stage : planStages) {
            if (stage.isOverBudget()) {
                warnings.add(
                        "Stage \""
                                + stage.getName()
                                + "\": its questions' time budgets add up to "
                                + stage.getBudgetedMinutes()
                                + " minutes, more than its "
                                + stage.getMinutes()
                                + " minutes.");
            }
            for (StageQuestion question : stage.getQuestions()) {
                if (!question.getQuestion().isActive()) {
                    warnings.add(
                            "Stage \""
                                    + stage.getName()
                                    + "\", question "
                                    + question.getPosition()
                                    + ": \""
                                    + Plan.abbreviate(question.getVersion().getText())
                                    + "\" is "
                                    + question.getQuestion()
                                            .getStatus()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                    + " in the bank.");
                }
            }
        }
        return new PlanCoverage(
                planStages.stream().map(PlanStage::getName).toList(), rows, warnings);
    }

    public List<String> getStages() {
        return stages;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
