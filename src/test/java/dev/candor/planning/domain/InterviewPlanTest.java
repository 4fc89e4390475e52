package dev.candor.planning.domain;

import static dev.candor.planning.domain.Plans.COMPOSURE;
import static dev.candor.planning.domain.Plans.TACT;
import static dev.candor.planning.domain.Plans.active;
import static dev.candor.planning.domain.Plans.ask;
import static dev.candor.planning.domain.Plans.draft;
import static dev.candor.planning.domain.Plans.opening;
import static dev.candor.planning.domain.Plans.revise;
import static dev.candor.planning.domain.Plans.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterviewPlanTest {

    private final Question calm = active("Tell me about an angry customer.", COMPOSURE);
    private final Question no = active("Tell me about saying no.", TACT);

    @Test
    void stagesKeepTheOrderTheyAreGivenIn() {
        Opening opening = opening();
        opening.replacePlan(
                List.of(
                        stage("Values", 30, ask(no, 10)),
                        stage("Service judgement", 45, ask(calm, 15))));

        assertEquals(
                List.of("Values", "Service judgement"),
                opening.getStages().stream().map(PlanStage::getName).toList());
        assertEquals(
                List.of(1, 2), opening.getStages().stream().map(PlanStage::getPosition).toList());
    }

    @Test
    void aQuestionNewToThePlanIsPinnedToItsCurrentVersion() {
        revise(calm, "Tell me about a very angry customer.");
        Opening opening = opening();

        opening.replacePlan(List.of(stage("Service", 45, ask(calm, 15))));

        assertEquals(2, opening.pinOf(calm).orElseThrow().getVersion().getNumber());
    }

    @Test
    void aQuestionAlreadyInThePlanKeepsItsPinnedVersionWhenTheBankMovesOn() {
        Opening opening = opening();
        opening.replacePlan(List.of(stage("Service", 45, ask(calm, 15))));
        revise(calm, "Tell me about a very angry customer.");

        opening.replacePlan(List.of(stage("Service", 45, ask(calm, 20), ask(no, 10))));

        StageQuestion pinned = opening.pinOf(calm).orElseThrow();
        assertEquals(1, pinned.getVersion().getNumber());
        assertTrue(pinned.isBehind());
    }

    @Test
    void movingToTheNewestVersionIsAnExplicitStep() {
        Opening opening = opening();
        opening.replacePlan(List.of(stage("Service", 45, ask(calm, 15))));
        revise(calm, "Tell me about a very angry customer.");

        PlanStage changed = opening.moveToNewestVersion(calm);

        assertEquals("Service", changed.getName());
        assertEquals(2, opening.pinOf(calm).orElseThrow().getVersion().getNumber());
        assertFalse(opening.pinOf(calm).orElseThrow().isBehind());
    }

    @Test
    void anOlderVersionCanBePinnedByNumber() {
        revise(calm, "Tell me about a very angry customer.");
        Opening opening = opening();

        opening.replacePlan(List.of(stage("Service", 45, ask(calm, 1, 15))));

        assertEquals(1, opening.pinOf(calm).orElseThrow().getVersion().getNumber());
    }

    @Test
    void aVersionTheQuestionDoesNotHaveIsRefusedWithItsPlace() {
        InvalidInputException refused =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                opening()
                                        .replacePlan(
                                                List.of(stage("Service", 45, ask(calm, 7, 15)))));

        assertTrue(
                refused.problems().get("stages[0].questions[0].version").contains("no version 7"));
    }

    @Test
    void onlyActiveQuestionsCanBeAddedToAPlan() {
        Question unfinished = draft("Tell me about a queue.", TACT);

        InvalidInputException refused =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                opening()
                                        .replacePlan(
                                                List.of(
                                                        stage(
                                                                "Service",
                                                                45,
                                                                ask(unfinished, 15)))));

        assertTrue(refused.problems().get("stages[0].questions[0].questionId").contains("draft"));
    }

    @Test
    void aQuestionRetiredAfterItWasPinnedStaysInThePlanAndIsFlagged() {
        Opening opening = opening();
        opening.replacePlan(List.of(stage("Service", 45, ask(calm, 15))));
        calm.changeStatus(QuestionStatus.RETIRED);

        opening.replacePlan(List.of(stage("Service", 45, ask(calm, 20))));

        assertEquals(20, opening.pinOf(calm).orElseThrow().getMinutes());
        assertTrue(opening.coverage().getWarnings().stream().anyMatch(w -> w.contains("retired")));
    }

    @Test
    void everyProblemOfAPlanIsReportedAtOnce() {
        InvalidInputException refused =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                opening()
                                        .replacePlan(
                                                List.of(
                                                        stage(" ", 45, ask(calm, 0)),
                                                        stage("Values", 0, ask(calm, 10)),
                                                        stage("values", 30))));

        assertEquals(
                Set.of(
                        "stages[0].name",
                        "stages[0].questions[0].minutes",
                        "stages[1].minutes",
                        "stages[1].questions[0].questionId",
                        "stages[2].name"),
                refused.problems().keySet());
    }

    @Test
    void stagesAreMatchedByNameSoAReorderedStageIsTheSameStage() {
        Opening opening = opening();
        opening.replacePlan(
                List.of(stage("Values", 30, ask(no, 10)), stage("Service", 45, ask(calm, 15))));
        PlanStage service = opening.stageNamed("Service").orElseThrow();

        List<PlanStage> changed =
                opening.replacePlan(
                        List.of(
                                stage("service", 45, ask(calm, 15)),
                                stage("Values", 30, ask(no, 10))));

        assertSame(service, opening.getStages().get(0));
        assertEquals(1, service.getPosition());
        assertTrue(changed.isEmpty(), "same questions, so no interview needs refreshing");
    }

    @Test
    void theStagesANewPlanDropsAreKnownBeforeItIsApplied() {
        Opening opening = opening();
        opening.replacePlan(
                List.of(stage("Values", 30, ask(no, 10)), stage("Service", 45, ask(calm, 15))));

        List<PlanStage> dropped = opening.stagesRemovedBy(List.of(stage("Service", 45)));

        assertEquals(List.of("Values"), dropped.stream().map(PlanStage::getName).toList());
    }

    @Test
    void aPlanStartedByCopyingKeepsTheOtherPlansPinsAndBudgets() {
        Opening source = opening();
        source.replacePlan(List.of(stage("Service", 45, ask(calm, 15), ask(no, 10))));
        revise(calm, "Tell me about a very angry customer.");
        Opening target = opening();

        target.copyPlanFrom(source);

        assertEquals(1, target.pinOf(calm).orElseThrow().getVersion().getNumber());
        assertEquals(25, target.getStages().get(0).getBudgetedMinutes());
        assertThrows(
                ConflictException.class,
                () -> target.copyPlanFrom(source),
                "only an empty plan is started by copying");
    }
}
