package dev.candor.planning.application;

import dev.candor.planning.domain.Opening;
import dev.candor.planning.domain.PlanCoverage;
import dev.candor.planning.domain.PlanStage;
import dev.candor.planning.domain.StageQuestion;
import dev.candor.questionbank.domain.QuestionVersion;
import java.util.List;

/**
 * A plan that reads on its own: each pinned question with its words, competency and newest version.
 */
public record PlanView(
        long openingId,
        String openingTitle,
        boolean openingOpen,
        List<Stage> stages,
        List<String> warnings,
        long version)
        implements java.io.Serializable {

    public record Stage(String name, int minutes, int budgetedMinutes, List<Question> questions)
            implements java.io.Serializable {}

    /**
     * {@code newerVersion}: the bank has a newer version than the pinned one; moving to it is
     * explicit.
     */
    public record Question(
            long questionId,
            int version,
            int minutes,
            String text,
            String competency,
            String kind,
            int latestVersion,
            boolean newerVersion,
            String questionStatus)
            implements java.io.Serializable {}

    static PlanView of(Opening opening) {
        PlanCoverage coverage = opening.coverage();
        return new PlanView(
                opening.getId(),
                opening.getTitle(),
                opening.isOpen(),
                opening.getStages().stream().map(PlanView::stage).toList(),
                coverage.getWarnings(),
                opening.getEntityVersion());
    }

    private static Stage stage(PlanStage stage) {
        return new Stage(
                stage.getName(),
                stage.getMinutes(),
                stage.getBudgetedMinutes(),
                stage.getQuestions().stream().map(PlanView::question).toList());
    }

    private static Question question(StageQuestion pinned) {
        QuestionVersion version = pinned.getVersion();
        return new Question(
                pinned.getQuestion().getId(),
                version.getNumber(),
                pinned.getMinutes(),
                version.getText(),
                version.getCompetency().getName(),
                version.getKind().name(),
                pinned.getQuestion().getCurrentVersion().getNumber(),
                pinned.isBehind(),
                pinned.getQuestion().getStatus().name());
    }
}
