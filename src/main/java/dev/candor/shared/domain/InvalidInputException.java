package dev.candor.shared.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input a person can fix: each problem keyed by the field it belongs to. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(new LinkedHashMap<>(problems));
    }

    public InvalidInputException(String field, String problem) {
        this(Map.of(field, problem));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
