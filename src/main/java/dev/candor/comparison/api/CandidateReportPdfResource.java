package dev.candor.comparison.api;

import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.Comparisons;
import dev.candor.comparison.infrastructure.DebriefPdf;
import dev.candor.comparison.infrastructure.FileNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's debrief pack as PDF. */
@Path("/candidates/{id}/report.pdf")
@RequestScoped
@Tag(name = "Comparison")
public class CandidateReportPdfResource {

    @Inject private Comparisons comparisons;

    @Inject private Clock clock;

    @GET
    @Produces(Downloads.PDF)
    @Operation(
            summary = "A candidate's debrief pack (PDF)",
            description =
                    "Matrix, competency profile chart, agreement figures, recommendations and notes. "
                            + "Same access rules as the JSON report.")
    public Response pdf(@PathParam("id") long id) {
        CandidateReport report = comparisons.candidateReport(id);
        LocalDate today = LocalDate.now(clock);
        comparisons.recordDownload("candidate:" + id, "pdf");
        return Downloads.file(
                DebriefPdf.of(report, today.toString()),
                Downloads.PDF,
                FileNames.of(report.candidateName(), "debrief", today, "pdf"));
    }
}
