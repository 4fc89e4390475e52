package dev.candor.comparison.application;

import java.util.List;

/** The matrix rows of one competency. */
public record CompetencyBlock(String competency, List<MatrixRow> questions) {}
