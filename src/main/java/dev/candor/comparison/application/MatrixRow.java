package dev.candor.comparison.application;

import java.util.List;

/** A question row of the matrix; figures is null when every interviewer skipped it. */
public record MatrixRow(
        String question, String text, String stage, List<Cell> cells, QuestionFigures figures) {}
