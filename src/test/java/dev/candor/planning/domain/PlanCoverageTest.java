package dev.candor.planning.domain;

import static dev.candor.planning.domain.Plans.COMPOSURE;
import static dev.candor.planning.domain.Plans.OWNERSHIP;
import static dev.candor.planning.domain.Plans.TACT;
import static dev.candor.planning.domain.Plans.active;
import static dev.candor.planning.domain.Plans.ask;
import static dev.candor.planning.domain.Plans.opening;
import static dev.candor.planning.domain.Plans.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.questionbank.domain.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCoverageTest {

    private final Question calm1 = active("Tell me about an angry customer.", COMPOSURE);
    private final Question calm2 = active("Tell me about being blamed.", COMPOSURE);
    private final Question no = active("Tell me about saying no.", TACT);

    @Test
    void countsQuestionsPerCompetencyAndStage() {
        Opening opening = opening();
        opening.replacePlan(
                List.of(
                        stage("Service", 45, ask(calm1, 15), ask(no, 10)),
                        stage("Values", 30, ask(calm2, 10))));

        PlanCoverage coverage = opening.coverage();

        assertEquals(List.of("Service", "Values"), coverage.getStages());
        PlanCoverage.Row composure = row(coverage, "Composure");
        assertEquals(List.of(1, 1), composure.perStage());
        assertEquals(2, composure.total());
        assertFalse(composure.isThin());
    }

    @Test
    void warnsWhenACompetencyInThePlanHasFewerThanTwoQuestions() {
        Opening opening = opening();
        opening.replacePlan(
                List.of(stage("Service", 45, ask(calm1, 15), ask(calm2, 10), ask(no, 10))));

        List<String> warnings = opening.coverage().getWarnings();

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("\"Tact\" has only 1 question"));
    }

    @Test
    void warnsAboutAKeyCompetencyTheePlanDoesNotAskAbout() {
        Opening opening = opening(OWNERSHIP);
        opening.replacePlan(List.of(stage("Service", 45, ask(calm1, 15), ask(calm2, 10))));

        PlanCoverage coverage = opening.coverage();

        assertTrue(row(coverage, "Ownership").key());
        assertEquals(
                "Ownership", coverage.getRows().get(0).competency(), "key competencies come first");
        assertTrue(coverage.getWarnings().get(0).contains("\"Ownership\" has no questions"));
    }

    @Test
    void warnsWhenAStagesTimeBudgetsExceedItsLength() {
        Opening opening = opening();
        opening.replacePlan(List.of(stage("Service", 20, ask(calm1, 15), ask(calm2, 10))));

        List<String> warnings = opening.coverage().getWarnings();

        assertEquals(
                List.of(
                        "Stage \"Service\": its questions' time budgets add up to 25 minutes, more than its 20 minutes."),
                warnings);
    }

    @Test
    void aBalancedPlanHasNoWarnings() {
        Opening opening = opening(COMPOSURE);
        opening.replacePlan(List.of(stage("Service", 30, ask(calm1, 15), ask(calm2, 15))));

        assertFalse(opening.coverage().hasWarnings());
    }

    private static PlanCoverage.Row row(PlanCoverage coverage, String competency) {
        return coverage.getRows().stream()
                .filter(r -> r.competency().equals(competency))
                .findFirst()
                .orElseThrow();
    }
}
