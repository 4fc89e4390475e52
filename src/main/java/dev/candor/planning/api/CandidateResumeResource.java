package dev.candor.planning.api;

import dev.candor.planning.application.Resumes;
import dev.candor.planning.domain.CandidateResume;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's résumé, a PDF, for the interview kit. */
@Path("/candidates/{id}/resume")
@RequestScoped
@Tag(name = "Candidates")
public class CandidateResumeResource {

    static final String PDF = "application/pdf";

    @Inject private Resumes resumes;

    @PUT
    // Any declared type: the content decides (a PDF starts with %PDF-), not the header.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Upload or replace the candidate's résumé (recruiters, the opening's hiring"
                            + " managers)",
            description =
                    "The body is the PDF itself (Content-Type application/pdf). At most"
                            + " candor.resume.max-bytes (5 MB unless configured).")
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "403", description = "A panel member, who may only read it")
    @APIResponse(responseCode = "404", description = "No such candidate the caller may see")
    @APIResponse(responseCode = "413", description = "Larger than the limit; nothing stored")
    @APIResponse(responseCode = "422", description = "Not a readable PDF; nothing stored")
    public Response put(@PathParam("id") long id, InputStream body) {
        resumes.store(id, body);
        return Response.noContent().build();
    }

    @GET
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Download the candidate's résumé",
            description =
                    "For the opening's recruiters and hiring managers and the candidate's panel"
                            + " (not the panel of a blind opening). Always an attachment.")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(
            responseCode = "404",
            description = "No résumé, or no candidate the caller may see")
    public Response get(@PathParam("id") long id) {
        CandidateResume resume = resumes.read(id);
        // An attachment that the browser may not sniff into anything else: the file is the
        // candidate's, not Candor's, and must never run as a page of Candor.
        return Response.ok(resume.getContent(), PDF)
                .header("Content-Disposition", "attachment; filename=\"resume-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Remove the candidate's résumé (recruiters, the opening's hiring managers)")
    @APIResponse(responseCode = "204", description = "Removed, or there was none")
    public Response delete(@PathParam("id") long id) {
        resumes.delete(id);
        return Response.noContent().build();
    }
}
