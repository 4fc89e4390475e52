package dev.candor.debrief.domain;

import dev.candor.shared.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An opening's decision rules: competencies whose low panel score flags a candidate whatever the
 * average (vetoes), per-competency minimums, how many interviewers must rate each key competency
 * (coverage) and how many scorecards must be in. Competencies are named as in the question bank.
 *
 * @param coverage interviewers per key competency (0 switches the rule off)
 * @param minScorecards submitted scorecards needed (0 switches the rule off)
 */
public record DecisionRules(
        List<Veto> vetoes, List<Minimum> minimums, int coverage, int minScorecards) {

    public static final int DEFAULT_COVERAGE = 2;
    public static final int DEFAULT_MIN_SCORECARDS = 2;
    public static final double LOWEST = 1;
    public static final double HIGHEST = 5;
    private static final int MAX_COUNT = 50;

    /** A panel competency score at or below {@code atOrBelow} flags the candidate. */
    public record Veto(String competency, double atOrBelow) {}

    /** A panel competency score below {@code min} misses the rule. */
    public record Minimum(String competency, double min) {}

    public DecisionRules {
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        minimums = minimums == null ? List.of() : List.copyOf(minimums);
    }

    /** What an opening has until someone sets its rules: coverage 2, two scorecards. */
    public static DecisionRules defaults() {
        return new DecisionRules(List.of(), List.of(), DEFAULT_COVERAGE, DEFAULT_MIN_SCORECARDS);
    }

    /**
     * The same rules with each competency spelt as the bank spells it; refuses (422) unknown
     * competencies and values off the 1–5 scale, naming each field that is wrong.
     */
    public DecisionRules checkedAgainst(Collection<String> knownCompetencies) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Veto> checkedVetoes = new ArrayList<>();
        for (int i = 0; i < vetoes.size(); i++) {
            Veto veto = vetoes.get(i);
            String field = "vetoes[" + i + "]";
            Optional<String> name = known(veto.competency(), knownCompetencies);
            if (name.isEmpty()) {
                problems.put(field + ".competency", unknown(veto.competency()));
            }
            if (offScale(veto.atOrBelow())) {
                problems.put(field + ".atOrBelow", "Use a score from 1 to 5.");
            }
            name.ifPresent(n -> checkedVetoes.add(new Veto(n, veto.atOrBelow())));
        }
        List<Minimum> checkedMinimums = new ArrayList<>();
        for (int i = 0; i < minimums.size(); i++) {
            Minimum minimum = minimums.get(i);
            String field = "minimums[" + i + "]";
            Optional<String> name = known(minimum.competency(), knownCompetencies);
            if (name.isEmpty()) {
                problems.put(field + ".competency", unknown(minimum.competency()));
            }
            if (offScale(minimum.min())) {
                problems.put(field + ".min", "Use a score from 1 to 5.");
            }
            name.ifPresent(n -> checkedMinimums.add(new Minimum(n, minimum.min())));
        }
        if (coverage < 0 || coverage > MAX_COUNT) {
            problems.put("coverage", "Use a number of interviewers from 0 to " + MAX_COUNT + ".");
        }
        if (minScorecards < 0 || minScorecards > MAX_COUNT) {
            problems.put(
                    "minScorecards", "Use a number of scorecards from 0 to " + MAX_COUNT + ".");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DecisionRules(checkedVetoes, checkedMinimums, coverage, minScorecards);
    }

    private static boolean offScale(double value) {
        return !(value >= LOWEST && value <= HIGHEST);
    }

    private static String unknown(String competency) {
        return competency == null || competency.isBlank()
                ? "Name a competency."
                : "There is no competency \"" + competency + "\" in the question bank.";
    }

    private static Optional<String> known(String competency, Collection<String> knownCompetencies) {
        if (competency == null) {
            return Optional.empty();
        }
        String wanted = competency.strip().toLowerCase(Locale.ROOT);
        return knownCompetencies.stream()
                .filter(k -> k.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
