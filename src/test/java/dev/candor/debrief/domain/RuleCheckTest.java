package dev.candor.debrief.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.debrief.domain.CandidateFacts.CompetencyScore;
import dev.candor.debrief.domain.DecisionRules.Minimum;
import dev.candor.debrief.domain.DecisionRules.Veto;
import dev.candor.shared.domain.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCheckTest {

    private static final Wording WORDS = Wording.bundle(Locale.ENGLISH);

    private static CandidateFacts facts(int scorecards, Map<String, CompetencyScore> scores) {
        return new CandidateFacts(scorecards, scores, List.of("Service recovery", "Ownership"));
    }

    private static DecisionRules rules(
            List<Veto> vetoes, List<Minimum> minimums, int coverage, int cards) {
        return new DecisionRules(vetoes, minimums, coverage, cards);
    }

    @Test
    void aVetoIsMissedAtOrBelowItsThresholdWhateverTheAverage() {
        DecisionRules rules = rules(List.of(new Veto("Ownership", 2)), List.of(), 0, 0);
        RuleOutcome at =
                RuleCheck.check(rules, facts(3, Map.of("Ownership", new CompetencyScore(2.0, 3))))
                        .get(0);
        RuleOutcome above =
                RuleCheck.check(rules, facts(3, Map.of("Ownership", new CompetencyScore(2.1, 3))))
                        .get(0);
        assertFalse(at.met());
        assertTrue(above.met());
        assertEquals("Ownership 2.0, at or below the veto at 2.0", RuleWording.detail(at, WORDS));
    }

    @Test
    void aMinimumIsMissedBelowItAndWhenTheCompetencyWasNotRated() {
        DecisionRules rules = rules(List.of(), List.of(new Minimum("Service recovery", 3)), 0, 0);
        assertTrue(
                RuleCheck.check(
                                rules,
                                facts(2, Map.of("Service recovery", new CompetencyScore(3.0, 2))))
                        .get(0)
                        .met());
        assertFalse(
                RuleCheck.check(
                                rules,
                                facts(2, Map.of("Service recovery", new CompetencyScore(2.9, 2))))
                        .get(0)
                        .met());
        assertFalse(RuleCheck.check(rules, facts(2, Map.of())).get(0).met());
    }

    @Test
    void coverageAsksEveryKeyCompetencyForEnoughInterviewers() {
        DecisionRules rules = rules(List.of(), List.of(), 2, 0);
        List<RuleOutcome> outcomes =
                RuleCheck.check(
                        rules,
                        facts(
                                2,
                                Map.of(
                                        "Service recovery",
                                        new CompetencyScore(4, 2),
                                        "Ownership",
                                        new CompetencyScore(4, 1))));
        assertEquals(2, outcomes.size());
        assertTrue(outcomes.get(0).met());
        assertFalse(outcomes.get(1).met());
        assertEquals(
                "Ownership rated by 1 interviewers, fewer than 2",
                RuleWording.detail(outcomes.get(1), WORDS));
    }

    @Test
    void theMinimumNumberOfScorecardsCountsSubmittedOnes() {
        DecisionRules rules = rules(List.of(), List.of(), 0, 3);
        assertFalse(RuleCheck.check(rules, facts(2, Map.of())).get(0).met());
        assertTrue(RuleCheck.check(rules, facts(3, Map.of())).get(0).met());
    }

    @Test
    void theSummarySaysHowManyRulesAreMetAndWhichAreNot() {
        DecisionRules rules =
                rules(
                        List.of(new Veto("Ownership", 1.5)),
                        List.of(new Minimum("Service recovery", 3)),
                        0,
                        2);
        List<RuleOutcome> outcomes =
                RuleCheck.check(
                        rules,
                        new CandidateFacts(
                                2,
                                Map.of(
                                        "Service recovery",
                                        new CompetencyScore(2.3, 2),
                                        "Ownership",
                                        new CompetencyScore(4, 2)),
                                List.of()));
        assertEquals(
                "Meets 2 of 3 rules \u2014 Service recovery 2.3, below the minimum 3.0",
                RuleWording.summary(outcomes, WORDS));
    }

    @Test
    void rulesNameOnlyKnownCompetenciesOnTheScaleAndTakeTheBanksSpelling() {
        DecisionRules checked =
                rules(List.of(new Veto("service RECOVERY", 2)), List.of(), 2, 2)
                        .checkedAgainst(List.of("Service recovery"));
        assertEquals("Service recovery", checked.vetoes().get(0).competency());
        InvalidInputException refused =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                rules(
                                                List.of(new Veto("Telepathy", 2)),
                                                List.of(new Minimum("Service recovery", 6)),
                                                2,
                                                2)
                                        .checkedAgainst(List.of("Service recovery")));
        assertTrue(refused.problems().containsKey("vetoes[0].competency"));
        assertTrue(refused.problems().containsKey("minimums[0].min"));
    }
}
