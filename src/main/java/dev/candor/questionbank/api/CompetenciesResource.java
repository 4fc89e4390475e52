package dev.candor.questionbank.api;

import dev.candor.questionbank.application.CompetencyCatalog;
import dev.candor.questionbank.domain.Competency;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Competencies: recruiters and administrators keep them; other roles read the active ones. */
@Path("/competencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompetenciesResource {

    @Inject private CompetencyCatalog catalog;

    @GET
    @Operation(summary = "Competencies with their number of questions, by name")
    public List<CompetencyView> list() {
        return catalog.counts().stream().map(CompetencyView::of).toList();
    }

    @POST
    @Operation(summary = "Create a competency (RECRUITER, ADMIN)")
    public Response create(CompetencyRequest request, @Context UriInfo uri) {
        requireBody(request);
        Competency created = catalog.create(request.name(), request.description());
        if (Boolean.FALSE.equals(request.active())) {
            catalog.setActive(created.getId(), false);
        }
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(view(created.getId()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary =
                    "Rename or describe a competency, activate or deactivate it (RECRUITER, ADMIN)")
    public CompetencyView update(@PathParam("id") long id, CompetencyRequest request) {
        requireBody(request);
        catalog.describe(id, request.name(), request.description());
        if (request.active() != null) {
            catalog.setActive(id, request.active());
        }
        return view(id);
    }

    private CompetencyView view(long id) {
        return catalog.counts().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .map(CompetencyView::of)
                .orElseThrow();
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "This call needs a JSON body.");
        }
    }

    public record CompetencyRequest(String name, String description, Boolean active) {}
}
