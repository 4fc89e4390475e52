package dev.candor.planning.api;

import java.util.List;

/** One competency's row of the coverage table. */
public record CoverageRow(String competency, boolean key, List<Integer> perStage, int total) {}
