package dev.candor.questionbank.infrastructure.interchange;

import java.util.List;

/**
 * The outcome of reading a file: either every question in it is acceptable, or nothing is imported.
 */
public final class ImportReport {

    private final List<ImportProblem> problems;
    private final ImportBatch batch;

    private ImportReport(List<ImportProblem> problems, ImportBatch batch) {
        this.problems = List.copyOf(problems);
        this.batch = batch;
    }

    static ImportReport refused(List<ImportProblem> problems) {
        return new ImportReport(problems, null);
    }

    static ImportReport accepted(ImportBatch batch) {
        return new ImportReport(List.of(), batch);
    }

    public boolean isAccepted() {
        return batch != null;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    /** Each problem as "row N, column X: what is wrong". */
    public List<String> getMessages() {
        return problems.stream().map(ImportProblem::toString).toList();
    }

    public ImportBatch getBatch() {
        if (batch == null) {
            throw new IllegalStateException(
                    "The import was refused: " + String.join("; ", getMessages()));
        }
        return batch;
    }
}
