package dev.candor.comparison.api;

import dev.candor.comparison.application.PersonalDataRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's access request (GDPR art. 15). */
@Path("/candidates/{id}/personal-data")
@RequestScoped
@Tag(name = "Candidates")
public class PersonalDataResource {

    @Inject private PersonalDataRequests requests;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Everything Candor holds about a candidate, as one JSON (ADMIN, RECRUITER)",
            description =
                    "Details, opening, interviews and panels, scorecards with ratings, notes,"
                            + " summaries and amendments. Recorded in the audit log.")
    @APIResponse(responseCode = "403", description = "Not an administrator or recruiter")
    @APIResponse(responseCode = "404", description = "No such candidate")
    public JsonObject personalData(@PathParam("id") long id) {
        return requests.of(id);
    }
}
