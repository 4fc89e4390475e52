package dev.candor.scoring.domain;

import dev.candor.shared.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What makes an amendment to a submitted scorecard acceptable, and the old and new values it
 * records. {@link Scorecard#amend} applies it; kept apart so the entity reads as its lifecycle.
 */
final class AmendmentRules {

    private AmendmentRules() {}

    /**
     * Every problem with the reason and the changed values at once.
     *
     * @throws InvalidInputException for a blank or long reason, a blank or long summary, or a
     *     rating at no question, missing, or out of bounds
     */
    static void requireValid(ScorecardChanges changes, String reason, int questionCount) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "Say why the submitted scorecard is changed.");
        } else if (reason.length() > Amendment.MAX_REASON) {
            problems.put("reason", "A reason has at most " + Amendment.MAX_REASON + " characters.");
        }
        if (changes.summary() != null && changes.summary().isBlank()) {
            problems.put(
                    "summary",
                    "A submitted scorecard keeps a summary; write a new one or leave it as it is.");
        }
        if (changes.summary() != null && changes.summary().length() > SubmissionRules.MAX_SUMMARY) {
            problems.put("summary", Conclusion.SUMMARY_TOO_LONG);
        }
        changes.ratings()
                .forEach(
                        (position, content) ->
                                problems.putAll(ratingProblems(position, content, questionCount)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Map<String, String> ratingProblems(
            Integer position, RatingContent content, int questionCount) {
        String prefix = "ratings[" + position + "].";
        if (position == null || position < 1 || position > questionCount) {
            return Map.of(
                    prefix + "position",
                    Scorecard.positionProblem(position == null ? 0 : position, questionCount));
        }
        if (content == null) {
            return Map.of(prefix + "score", "Give the whole rating for question " + position + ".");
        }
        return content.problems(prefix);
    }

    /**
     * The stored ratings by position, checked to hold every changed one: a submitted scorecard has
     * a rating (a score or a skip) at every position, so each change has a row.
     */
    static Map<Integer, Rating> byPosition(
            Collection<Rating> ratings, ScorecardChanges changes, Long scorecardId) {
        Map<Integer, Rating> byPosition = new LinkedHashMap<>();
        ratings.forEach(rating -> byPosition.put(rating.getPosition(), rating));
        changes.ratings().keySet().stream()
                .filter(position -> !byPosition.containsKey(position))
                .findFirst()
                .ifPresent(
                        position -> {
                            throw new IllegalStateException(
                                    "Submitted scorecard "
                                            + scorecardId
                                            + " has no rating "
                                            + position);
                        });
        return byPosition;
    }

    /**
     * Every value the amendment changes, old and new.
     *
     * @throws InvalidInputException when it changes nothing
     */
    static List<AmendedValue> changedValues(
            Map<Integer, Rating> byPosition,
            ScorecardChanges changes,
            Conclusion before,
            Conclusion after) {
        List<AmendedValue> values = new ArrayList<>();
        changes.ratings()
                .forEach(
                        (position, content) ->
                                diffRating(
                                        values,
                                        position,
                                        byPosition.get(position).content(),
                                        content));
        diff(
                values,
                null,
                AmendedField.RECOMMENDATION,
                before.recommendation(),
                after.recommendation());
        diff(values, null, AmendedField.SUMMARY, before.summary(), after.summary());
        if (values.isEmpty()) {
            throw new InvalidInputException("changes", "The amendment changes nothing.");
        }
        return values;
    }

    private static void diffRating(
            List<AmendedValue> values,
            Integer position,
            RatingContent before,
            RatingContent after) {
        diff(values, position, AmendedField.SCORE, before.score(), after.score());
        diff(values, position, AmendedField.SKIPPED, before.skipped(), after.skipped());
        diff(values, position, AmendedField.SKIP_REASON, before.skipReason(), after.skipReason());
        diff(values, position, AmendedField.NOTES, before.notes(), after.notes());
    }

    private static void diff(
            List<AmendedValue> values,
            Integer position,
            AmendedField field,
            Object before,
            Object after) {
        if (!Objects.equals(before, after)) {
            values.add(new AmendedValue(position, field, text(before), text(after)));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
