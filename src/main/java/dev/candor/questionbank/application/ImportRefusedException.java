package dev.candor.questionbank.application;

import dev.candor.questionbank.infrastructure.interchange.ImportProblem;
import java.util.List;

/**
 * A file was refused as a whole; nothing was stored, and every problem is listed for the person to
 * fix.
 */
public class ImportRefusedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super(
                problems.size()
                        + " problem(s): "
                        + String.join("; ", problems.stream().map(Object::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public List<String> messages() {
        return problems.stream().map(ImportProblem::toString).toList();
    }
}
