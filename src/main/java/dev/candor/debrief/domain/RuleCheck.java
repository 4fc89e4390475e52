package dev.candor.debrief.domain;

import dev.candor.debrief.domain.CandidateFacts.CompetencyScore;
import dev.candor.debrief.domain.RuleOutcome.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an opening's decision rules against one candidate. A rule never hides the candidate: the
 * outcome is listed, met or not, so the panel sees why.
 */
public final class RuleCheck {

    private RuleCheck() {}

    public static List<RuleOutcome> check(DecisionRules rules, CandidateFacts facts) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (DecisionRules.Veto veto : rules.vetoes()) {
            CompetencyScore score = facts.competencies().get(veto.competency());
            // An unrated competency cannot trip a veto; the coverage rule reports it.
            boolean met = score == null || score.score() > veto.atOrBelow();
            outcomes.add(
                    new RuleOutcome(
                            Kind.VETO, veto.competency(), veto.atOrBelow(), scoreOf(score), met));
        }
        for (DecisionRules.Minimum minimum : rules.minimums()) {
            CompetencyScore score = facts.competencies().get(minimum.competency());
            boolean met = score != null && score.score() >= minimum.min();
            outcomes.add(
                    new RuleOutcome(
                            Kind.MINIMUM,
                            minimum.competency(),
                            minimum.min(),
                            scoreOf(score),
                            met));
        }
        if (rules.coverage() > 0) {
            for (String competency : facts.keyCompetencies()) {
                CompetencyScore score = facts.competencies().get(competency);
                int raters = score == null ? 0 : score.raters();
                outcomes.add(
                        new RuleOutcome(
                                Kind.COVERAGE,
                                competency,
                                rules.coverage(),
                                (double) raters,
                                raters >= rules.coverage()));
            }
        }
        if (rules.minScorecards() > 0) {
            outcomes.add(
                    new RuleOutcome(
                            Kind.MIN_SCORECARDS,
                            null,
                            rules.minScorecards(),
                            (double) facts.scorecardsSubmitted(),
                            facts.scorecardsSubmitted() >= rules.minScorecards()));
        }
        return outcomes;
    }

    public static boolean allMet(List<RuleOutcome> outcomes) {
        return outcomes.stream().allMatch(RuleOutcome::met);
    }

    private static Double scoreOf(CompetencyScore score) {
        return score == null ? null : score.score();
    }
}
