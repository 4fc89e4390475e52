package dev.candor.questionbank.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A question was given content it cannot hold; every problem is listed so all can be fixed at once.
 */
public class InvalidQuestionException extends RuntimeException {

    private final List<ContentProblem> problems;

    public InvalidQuestionException(List<ContentProblem> problems) {
        super(problems.stream().map(ContentProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
