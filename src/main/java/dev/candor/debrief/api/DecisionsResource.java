package dev.candor.debrief.api;

import dev.candor.debrief.application.DecisionView;
import dev.candor.debrief.application.Decisions;
import dev.candor.debrief.domain.DecisionRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A candidate's decision records. There is no PUT or DELETE: a record is never changed, so JAX-RS
 * answers those with 405.
 */
@Path("/candidates/{id}/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Debrief")
public class DecisionsResource {

    @Inject Decisions decisions;

    @GET
    @Operation(
            summary = "A candidate's decisions, oldest first",
            description = "Each with replaces: the id of the record it reverses, or null.")
    @APIResponse(responseCode = "403", description = "Own scorecard not yet submitted")
    @APIResponse(responseCode = "404", description = "No such candidate the caller may see")
    public List<DecisionView> list(@PathParam("id") long id) {
        return decisions.of(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record the decision (the opening's hiring manager)",
            description =
                    "{decision: HIRE|NO_HIRE|HOLD, rationale, competencies: [names cited as evidence], "
                            + "present: [who was at the debrief], departureReason (needed when the decision departs "
                            + "from the panel score and the rules)}. A second decision reverses the latest: it is a new "
                            + "record with replaces set. The candidate's status follows (HIRED, REJECTED, ACTIVE).")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "422", description = "What is missing, each under errors")
    @APIResponse(responseCode = "403", description = "Not a hiring manager of this opening")
    public Response record(
            @PathParam("id") long id, DecisionRecord.Request body, @Context UriInfo uri) {
        DecisionView recorded = decisions.record(id, body);
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(recorded).build();
    }
}
