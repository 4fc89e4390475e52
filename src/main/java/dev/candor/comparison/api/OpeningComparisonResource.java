package dev.candor.comparison.api;

import dev.candor.comparison.application.Comparisons;
import dev.candor.comparison.application.OpeningComparison;
import dev.candor.comparison.application.ReportAssembly.Filter;
import dev.candor.comparison.infrastructure.SqlStatementCounter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An opening's candidates compared, as JSON. */
@Path("/openings/{id}/comparison")
@RequestScoped
@Tag(name = "Comparison")
public class OpeningComparisonResource {

    @Inject private Comparisons comparisons;

    @Inject private SqlStatementCounter counter;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Compare an opening's candidates",
            description =
                    "Candidates ranked by panel score (mean of the interviewers' own scores) with a 95% "
                            + "interval, competency scores, recommendation tallies and scorecards submitted/expected; each "
                            + "interviewer's leniency with its count; the opening's alphaInterval (interviewers' overall "
                            + "scores, candidates as units; null when not defined). With adjusted=true the panel scores "
                            + "have each interviewer's leniency taken off and the answer says adjusted: true.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "403", description = "The caller is only an interviewer")
    @APIResponse(
            responseCode = "404",
            description = "No such opening, or not one the caller manages")
    public Response comparison(
            @PathParam("id") long id,
            @Parameter(description = "take rater leniency off the panel scores")
                    @QueryParam("adjusted")
                    boolean adjusted,
            @Parameter(
                            description =
                                    "only candidates with this status (ACTIVE, HIRED, REJECTED, WITHDRAWN)")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "only candidates whose furthest interview is of this stage")
                    @QueryParam("stage")
                    String stage) {
        counter.start();
        try {
            OpeningComparison comparison =
                    comparisons.openingComparison(id, adjusted, new Filter(status, stage));
            Response.ResponseBuilder response = Response.ok(comparison, MediaType.APPLICATION_JSON);
            int statements = counter.stop();
            if (statements >= 0) {
                response.header(SqlStatementCounter.HEADER, statements);
            }
            return response.build();
        } finally {
            counter.stop();
        }
    }
}
