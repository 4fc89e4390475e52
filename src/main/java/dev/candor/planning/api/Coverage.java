package dev.candor.planning.api;

import dev.candor.planning.domain.PlanCoverage;
import java.util.List;

/** How often each competency is asked in each stage of a plan, with the plan's warnings. */
public record Coverage(List<String> stages, List<CoverageRow> rows, List<String> warnings) {

    static Coverage of(PlanCoverage coverage) {
        return new Coverage(
                coverage.getStages(),
                coverage.getRows().stream()
                        .map(r -> new CoverageRow(r.competency(), r.key(), r.perStage(), r.total()))
                        .toList(),
                coverage.getWarnings());
    }
}
