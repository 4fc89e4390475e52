package dev.candor.comparison.api;

import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.Comparisons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's debrief report as JSON. */
@Path("/candidates/{id}/report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Comparison",
        description = "Panel comparison and debrief: candidate reports and opening comparisons")
public class CandidateReportResource {

    @Inject private Comparisons comparisons;

    @GET
    @Operation(
            summary = "A candidate's panel report",
            description =
                    "The matrix (questions by competency x interviewers, submitted scorecards only), "
                            + "per-question statistics with disagreement flags and rwg, the discuss-first order, competency "
                            + "scores, recommendations with their tally, pending scorecards, and agreement figures (icc21, "
                            + "icc2k, alphaInterval: null when not defined).")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(
            responseCode = "403",
            description = "The caller's own scorecard for this candidate is not submitted yet")
    @APIResponse(
            responseCode = "404",
            description = "No such candidate, or not one the caller may see")
    public CandidateReport report(@PathParam("id") long id) {
        return comparisons.candidateReport(id);
    }
}
