package dev.candor.debrief.api;

import dev.candor.comparison.application.ComparisonAdditions.FlagView;
import dev.candor.debrief.application.FlagReviews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A recruiter's review of a data-quality flag. */
@Path("/flags/{id}/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Debrief")
public class FlagReviewResource {

    /** Why the flag stands or does not matter. */
    public record ReviewBody(String reason) {}

    @Inject FlagReviews reviews;

    @POST
    @Operation(
            summary = "Mark a flag reviewed, with a reason (recruiter)",
            description =
                    "id as in a report's flags (e.g. 42-COPIED_NOTES). The flag stays shown, marked "
                            + "reviewed. Audited.")
    @APIResponse(responseCode = "200", description = "The flag, reviewed")
    @APIResponse(responseCode = "404", description = "No such flag")
    @APIResponse(responseCode = "409", description = "Already reviewed")
    @APIResponse(responseCode = "422", description = "No reason given")
    public FlagView review(@PathParam("id") String id, ReviewBody body) {
        return reviews.review(id, body == null ? null : body.reason());
    }
}
