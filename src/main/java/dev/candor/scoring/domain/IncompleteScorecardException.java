package dev.candor.scoring.domain;

import dev.candor.shared.domain.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission (or amendment) refused because something is missing; {@link #missing()} lists all of
 * it. It is an {@link InvalidInputException}, so the REST layer answers 422 even without a
 * dedicated mapper.
 */
public class IncompleteScorecardException extends InvalidInputException {

    private final List<MissingItem> missing;

    public IncompleteScorecardException(List<MissingItem> missing) {
        super(asProblems(missing));
        this.missing = List.copyOf(missing);
    }

    public List<MissingItem> missing() {
        return missing;
    }

    private static Map<String, String> asProblems(List<MissingItem> missing) {
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("An incomplete scorecard misses something.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        missing.forEach(
                item -> problems.merge(item.field(), item.message(), (a, b) -> a + " " + b));
        return problems;
    }
}
