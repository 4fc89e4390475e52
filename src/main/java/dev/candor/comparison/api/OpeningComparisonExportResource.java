package dev.candor.comparison.api;

import dev.candor.comparison.application.Comparisons;
import dev.candor.comparison.application.OpeningComparison;
import dev.candor.comparison.application.ReportAssembly.Filter;
import dev.candor.comparison.infrastructure.ComparisonExports;
import dev.candor.comparison.infrastructure.FileNames;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An opening's comparison as a CSV or XLSX file. */
@Path("/openings/{id}/comparison.{format}")
@RequestScoped
@Tag(name = "Comparison")
public class OpeningComparisonExportResource {

    @Inject private Comparisons comparisons;

    @Inject private Clock clock;

    @GET
    @Operation(
            summary = "The opening comparison as a file: comparison.csv or comparison.xlsx",
            description =
                    "Same query parameters as the JSON comparison. CSV: one row per candidate, an undefined "
                            + "statistic is an empty cell. XLSX: sheets Candidates, Interviewers (leniency) and About (the "
                            + "opening-level alpha and what each figure means).")
    @APIResponse(
            responseCode = "200",
            description = "The file, named candor-<opening>-comparison-<date>.<format>",
            content = {@Content(mediaType = Downloads.CSV), @Content(mediaType = Downloads.XLSX)})
    @APIResponse(responseCode = "404", description = "No such opening or format")
    public Response export(
            @PathParam("id") long id,
            @PathParam("format") String format,
            @QueryParam("adjusted") boolean adjusted,
            @QueryParam("status") String status,
            @QueryParam("stage") String stage) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new NotFoundException(
                    "There is no comparison."
                            + format
                            + "; use comparison.csv or comparison.xlsx.");
        }
        OpeningComparison comparison =
                comparisons.openingComparison(id, adjusted, new Filter(status, stage));
        comparisons.recordDownload("opening:" + id, format);
        if ("csv".equals(format)) {
            return Downloads.file(
                    ComparisonExports.csv(comparison), Downloads.CSV, name(comparison, "csv"));
        }
        return Downloads.file(
                ComparisonExports.xlsx(comparison, LocalDate.now(clock).toString()),
                Downloads.XLSX,
                name(comparison, "xlsx"));
    }

    private String name(OpeningComparison comparison, String extension) {
        return FileNames.of(
                comparison.openingTitle(),
                comparison.adjusted() ? "comparison-adjusted" : "comparison",
                LocalDate.now(clock),
                extension);
    }
}
