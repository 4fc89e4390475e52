package dev.candor.debrief.application;

import dev.candor.comparison.application.ComparisonAdditions.FlagView;
import dev.candor.comparison.application.ComparisonAdditions.RuleView;
import java.util.List;

/**
 * A candidate's debrief: rules and flags first, then the agenda (questions by disagreement, agreed
 * ones last), the suggested speaking order and the decisions so far.
 *
 * @param early the hiring manager opened it before every panel member submitted
 * @param candidateName the name, or the pseudonym in a blind opening until decided
 */
public record DebriefView(
        long candidateId,
        String candidateName,
        boolean pseudonym,
        long openingId,
        String openingTitle,
        boolean early,
        int scorecardsSubmitted,
        int scorecardsExpected,
        Double panelScore,
        List<RuleView> rules,
        String rulesSummary,
        List<FlagView> flags,
        List<Item> items,
        List<SpeakerView> speakingOrder,
        List<DecisionView> decisions,
        boolean canDecide,
        List<String> competencies) {

    /**
     * One question on the agenda.
     *
     * @param key what {@code ?reveal=} names
     * @param scores anonymous (score only, lowest first) until revealed; then who, score, notes
     */
    public record Item(
            String key,
            long questionId,
            String question,
            String competency,
            double range,
            Double rwg,
            boolean agreed,
            boolean revealed,
            List<ScoreView> scores) {}

    /** A score; interviewer, displayName and notes are null until the item is revealed. */
    public record ScoreView(int score, String interviewer, String displayName, String notes) {}

    /** Who speaks, in order; the hiring manager last. */
    public record SpeakerView(
            String username, String displayName, String seniority, boolean hiringManager) {}

    public List<Item> discuss() {
        return items.stream().filter(i -> !i.agreed()).toList();
    }

    public List<Item> agreed() {
        return items.stream().filter(Item::agreed).toList();
    }

    public boolean decided() {
        return !decisions.isEmpty();
    }

    public DecisionView latestDecision() {
        return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }
}
