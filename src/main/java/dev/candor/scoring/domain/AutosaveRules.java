package dev.candor.scoring.domain;

import dev.candor.shared.domain.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an autosave of a draft scorecard must carry to be stored: a rating at one of its questions
 * within bounds, a draft conclusion within bounds, and a client revision from 1 up. Every problem
 * is reported at once.
 */
final class AutosaveRules {

    private AutosaveRules() {}

    /**
     * @throws InvalidInputException for a position, score, revision or text out of bounds
     */
    static void requireValidRating(int position, RatingInput input, int questionCount) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (position < 1 || position > questionCount) {
            problems.put("position", Scorecard.positionProblem(position, questionCount));
        }
        problems.putAll(input.content().problems(""));
        requireValid(problems, input.clientRevision());
    }

    /**
     * @throws InvalidInputException for a summary or revision out of bounds
     */
    static void requireValidDraft(Conclusion draft, long clientRevision) {
        requireValid(new LinkedHashMap<>(draft.problems()), clientRevision);
    }

    private static void requireValid(Map<String, String> problems, long clientRevision) {
        if (clientRevision < 1) {
            problems.put("clientRevision", ClientRevision.TOO_LOW);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
