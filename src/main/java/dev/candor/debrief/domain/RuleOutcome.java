package dev.candor.debrief.domain;

/**
 * One rule checked for one candidate.
 *
 * @param rule the rule's kind: VETO, MINIMUM, COVERAGE or MIN_SCORECARDS
 * @param competency the competency it is about, or null
 * @param required the threshold (a score, or a count)
 * @param actual what the candidate has, or null when the competency was not rated
 */
public record RuleOutcome(
        Kind rule, String competency, double required, Double actual, boolean met) {

    public enum Kind {
        VETO,
        MINIMUM,
        COVERAGE,
        MIN_SCORECARDS
    }
}
