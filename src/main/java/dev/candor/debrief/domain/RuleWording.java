package dev.candor.debrief.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A rule outcome in words: "Service recovery 2.3, below the minimum 3.0". */
public final class RuleWording {

    private RuleWording() {}

    public static String detail(RuleOutcome outcome, Wording words) {
        String key = "debrief.rule." + outcome.rule().name() + ".";
        return switch (outcome.rule()) {
            case VETO, MINIMUM ->
                    outcome.actual() == null
                            ? words.of(
                                    key + "unrated",
                                    outcome.competency(),
                                    score(outcome.required()))
                            : words.of(
                                    key + (outcome.met() ? "met" : "missed"),
                                    outcome.competency(),
                                    score(outcome.actual()),
                                    score(outcome.required()));
            case COVERAGE ->
                    words.of(
                            key + (outcome.met() ? "met" : "missed"),
                            outcome.competency(),
                            outcome.actual().intValue(),
                            (int) outcome.required());
            case MIN_SCORECARDS ->
                    words.of(
                            key + (outcome.met() ? "met" : "missed"),
                            outcome.actual().intValue(),
                            (int) outcome.required());
        };
    }

    /** "Meets 3 of 4 rules — Service recovery 2.3, below the minimum 3.0". */
    public static String summary(List<RuleOutcome> outcomes, Wording words) {
        if (outcomes.isEmpty()) {
            return words.of("debrief.rules.summary.none");
        }
        long met = outcomes.stream().filter(RuleOutcome::met).count();
        if (met == outcomes.size()) {
            return words.of("debrief.rules.summary.all", outcomes.size());
        }
        String missed =
                outcomes.stream()
                        .filter(o -> !o.met())
                        .map(o -> detail(o, words))
                        .collect(Collectors.joining("; "));
        return words.of("debrief.rules.summary.some", met, outcomes.size(), missed);
    }

    static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
