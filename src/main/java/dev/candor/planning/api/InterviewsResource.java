package dev.candor.planning.api;

import dev.candor.identity.application.TimeZones;
import dev.candor.planning.application.InterviewForm;
import dev.candor.planning.application.InterviewQuestionView;
import dev.candor.planning.application.InterviewQuestions;
import dev.candor.planning.application.InterviewView;
import dev.candor.planning.application.Interviews;
import dev.candor.planning.application.Scheduled;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.infrastructure.rest.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Interviews: one candidate in one stage, with a panel. Managers of the opening schedule and change
 * them; panel members can read the interviews they are on; anyone else gets 404.
 */
@Path("/interviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Interviews",
        description =
                "Scheduling interviews and their panels. Creating an interview creates one "
                        + "scorecard per panel member; once anyone starts scoring, its questions are frozen.")
public class InterviewsResource {

    @Inject private Interviews interviews;

    @Inject private TimeZones zones;

    @Inject private InterviewQuestions questions;

    @POST
    @Operation(
            summary = "Schedule an interview",
            description =
                    "candidateId, stage (a stage name of the "
                            + "candidate's opening's plan), startsAt (ISO 8601 with offset, e.g. 2025-05-12T10:00:00Z), minutes and "
                            + "panel (usernames of active interviewers or hiring managers), optionally seniority "
                            + "({username: JUNIOR|MID|SENIOR|LEAD}, the debrief's speaking order). warnings lists panel members who are "
                            + "already on an overlapping interview. 409 when the opening is closed or the candidate not active.")
    @APIResponse(responseCode = "201", description = "Scheduled")
    public Response create(InterviewRequest body, @Context UriInfo uri) {
        InterviewRequest b = JsonInput.require(body);
        Scheduled scheduled =
                interviews.schedule(
                        new InterviewForm(
                                b.candidateId(),
                                b.stage(),
                                JsonInput.instant("startsAt", b.startsAt()),
                                b.minutes(),
                                b.panel()),
                        b.seniority());
        return Response.created(
                        uri.getAbsolutePathBuilder()
                                .path(Long.toString(scheduled.interview().id()))
                                .build())
                .entity(
                        InterviewJson.of(
                                scheduled.interview(), zones.ofCaller(), scheduled.warnings()))
                .build();
    }

    @GET
    @Operation(
            summary = "List interviews of an opening, of a candidate, or the caller's own",
            description = "Give exactly one of openingId, candidateId or mine=true.")
    public List<InterviewJson> list(
            @Parameter(description = "interviews of this opening") @QueryParam("openingId")
                    Long openingId,
            @Parameter(description = "interviews of this candidate") @QueryParam("candidateId")
                    Long candidateId,
            @Parameter(description = "true: interviews whose panel the caller is on")
                    @QueryParam("mine")
                    boolean mine) {
        List<InterviewView> found;
        if (openingId != null) {
            found = interviews.ofOpening(openingId);
        } else if (candidateId != null) {
            found = interviews.ofCandidate(candidateId);
        } else if (mine) {
            found = interviews.mine();
        } else {
            throw new InvalidInputException(
                    "openingId", "Give openingId, candidateId or mine=true.");
        }
        ZoneId zone = zones.ofCaller();
        return found.stream().map(v -> InterviewJson.of(v, zone)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an interview")
    @APIResponse(
            responseCode = "404",
            description = "No such interview, or not one the caller may see")
    public InterviewJson get(@PathParam("id") long id) {
        return InterviewJson.of(interviews.get(id), zones.ofCaller());
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Move an interview or change its panel",
            description =
                    "Fields left out stay as they are. "
                            + "A panel member removed after starting to score stays on the interview, withdrawn, with their "
                            + "scorecard.")
    public InterviewJson update(@PathParam("id") long id, InterviewChange body) {
        InterviewChange b = JsonInput.require(body);
        Scheduled scheduled =
                interviews.update(
                        id,
                        JsonInput.instant("startsAt", b.startsAt()),
                        b.minutes(),
                        b.panel(),
                        b.seniority());
        return InterviewJson.of(scheduled.interview(), zones.ofCaller(), scheduled.warnings());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel an interview nobody has started scoring (409 otherwise)")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public Response cancel(@PathParam("id") long id) {
        interviews.cancel(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/questions")
    @Operation(
            summary = "The interview's own questions in order, with guidance, probes and anchors")
    public List<InterviewQuestionView> questions(@PathParam("id") long id) {
        return questions.questionsOf(id);
    }
}
