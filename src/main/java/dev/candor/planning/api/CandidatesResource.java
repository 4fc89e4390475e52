package dev.candor.planning.api;

import dev.candor.identity.application.TimeZones;
import dev.candor.planning.application.CandidateProfiles;
import dev.candor.planning.application.CandidateView;
import dev.candor.planning.application.Candidates;
import dev.candor.planning.application.Interviews;
import dev.candor.planning.domain.CandidateDetails;
import dev.candor.planning.domain.CandidateProfile;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.infrastructure.rest.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One candidate: read and update. Only the opening's recruiters and hiring managers see a
 * candidate.
 */
@Path("/candidates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Candidates",
        description = "Candidates of an opening; add them under /openings/{id}/candidates.")
public class CandidatesResource {

    @Inject private Candidates candidates;

    @Inject private TimeZones zones;

    @Inject private Interviews interviews;

    @Inject private CandidateProfiles profiles;

    @GET
    @Path("{id}")
    @Operation(summary = "Read a candidate")
    @APIResponse(
            responseCode = "404",
            description = "No such candidate, or not one the caller may see")
    public CandidateView get(@PathParam("id") long id) {
        return candidates.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Update a candidate",
            description =
                    "Replaces name, email, phone, notes and timeZone when name or "
                            + "email is sent; status (ACTIVE, HIRED, REJECTED, WITHDRAWN) changes when sent;"
                            + " links (http/https, at most 5) and source (e.g. referral) each"
                            + " change when sent.")
    public CandidateView update(@PathParam("id") long id, CandidateBody body) {
        CandidateBody b = JsonInput.require(body);
        CandidateDetails details = b.name() == null && b.email() == null ? null : b.details();
        CandidateProfile profile = profile(id, b);
        if (profile != null && !profile.problems().isEmpty()) {
            throw new InvalidInputException(profile.problems());
        }
        CandidateView updated = candidates.update(id, details, b.status());
        return profile == null ? updated : profiles.describe(id, profile);
    }

    /** The profile as sent, the stored part kept where the body leaves it out; null for neither. */
    private CandidateProfile profile(long id, CandidateBody b) {
        if (b.links() == null && b.source() == null) {
            return null;
        }
        CandidateView stored = b.links() == null || b.source() == null ? candidates.get(id) : null;
        return new CandidateProfile(
                b.links() == null ? stored.links() : b.links(),
                b.source() == null ? stored.source() : b.source());
    }

    @POST
    @Path("{id}/erasure")
    @Operation(
            summary = "Erase a candidate's personal data (GDPR art. 17; ADMIN, RECRUITER)",
            description =
                    "Body {\"reason\"}. Removes name, e-mail, phone and notes, and the notes and"
                            + " summaries of the candidate's scorecards; scores stay as anonymous"
                            + " numbers. The reason is kept in the audit log and must not name the"
                            + " candidate. 409 when already erased.")
    @APIResponse(responseCode = "200", description = "Erased; the record as it now reads")
    @APIResponse(responseCode = "403", description = "Not an administrator or recruiter")
    @APIResponse(responseCode = "404", description = "No such candidate the caller may see")
    public CandidateView erase(@PathParam("id") long id, ErasureRequest body) {
        return candidates.erase(id, body == null ? null : body.reason());
    }

    public record ErasureRequest(String reason) {}

    @GET
    @Path("{id}/interviews")
    @Operation(summary = "The candidate's interviews, with scorecard progress")
    public List<InterviewJson> interviews(@PathParam("id") long id) {
        ZoneId zone = zones.ofCaller();
        return interviews.ofCandidate(id).stream().map(v -> InterviewJson.of(v, zone)).toList();
    }
}
