package dev.candor.planning.api;

import dev.candor.planning.application.CandidateImportOutcome;
import dev.candor.planning.application.CandidateView;
import dev.candor.planning.application.Candidates;
import dev.candor.planning.application.InterviewPlans;
import dev.candor.planning.application.OpeningView;
import dev.candor.planning.application.Openings;
import dev.candor.planning.application.PlanForm;
import dev.candor.planning.application.PlanSaved;
import dev.candor.planning.application.PlanView;
import dev.candor.questionbank.domain.VersionComparison;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.infrastructure.rest.EntityTags;
import dev.candor.shared.infrastructure.rest.JsonInput;
import dev.candor.shared.infrastructure.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Openings, their plan and their candidates. Recruiters and administrators see every opening;
 * hiring managers only those that list them (others answer 404); interviewers get 403.
 */
@Path("/openings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Openings and plans",
        description =
                "Openings, their interview plan and their candidates. A hiring "
                        + "manager sees only the openings that list them: any other opening answers 404, as if it did not exist.")
public class OpeningsResource {

    @Inject private Openings openings;

    @Inject private InterviewPlans plans;

    @Inject private Candidates candidates;

    @GET
    @Operation(
            summary = "List openings",
            description =
                    "All openings for recruiters and administrators, the "
                            + "caller's own for hiring managers; 403 for anyone else.")
    public List<OpeningView> list() {
        return openings.list();
    }

    @POST
    @Operation(
            summary = "Create an opening (RECRUITER, ADMIN)",
            description =
                    "hiringManagers are usernames of "
                            + "active users with the HIRING_MANAGER role; keyCompetencies are names of competencies in the bank.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new opening")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed under errors")
    public Response create(OpeningBody body, @Context UriInfo uri) {
        OpeningView created = openings.create(JsonInput.require(body).toForm(), body.blind());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "Read an opening, with its progress (scorecards submitted / expected)",
            description = "The ETag header is what If-Match takes when changing the opening.")
    @APIResponse(
            responseCode = "200",
            description = "The opening",
            content = @Content(schema = @Schema(implementation = OpeningView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such opening, or not one the caller may see")
    public Response get(@PathParam("id") long id) {
        OpeningView opening = openings.get(id);
        return Response.ok(opening).tag(EntityTags.of(opening.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary =
                    "Update an opening's title, team, description, hiring managers, key competencies "
                            + "and blind comparison (\"blind\": true; left as it is when absent) "
                            + "(RECRUITER, ADMIN)")
    @APIResponse(
            responseCode = "409",
            description = "(If-Match) someone else changed it first: currentVersion says what is")
    public Response update(
            @PathParam("id") long id,
            @Parameter(description = "The ETag of the GET this change is based on")
                    @HeaderParam("If-Match")
                    String ifMatch,
            OpeningBody body) {
        OpeningView opening =
                openings.update(
                        id,
                        JsonInput.require(body).toForm(),
                        body.blind(),
                        EntityTags.expected(ifMatch));
        return Response.ok(opening).tag(EntityTags.of(opening.version())).build();
    }

    @POST
    @Path("{id}/close")
    @Operation(
            summary = "Close an opening (RECRUITER, ADMIN)",
            description =
                    "All its data stays readable; no new " + "interviews can be scheduled (409).")
    public OpeningView close(@PathParam("id") long id) {
        return openings.close(id);
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a closed opening (RECRUITER, ADMIN)")
    public OpeningView reopen(@PathParam("id") long id) {
        return openings.reopen(id);
    }

    @GET
    @Path("{id}/plan")
    @Operation(
            summary = "Read the interview plan",
            description =
                    "Stages in order, each with its questions in "
                            + "order: questionId, the pinned version, the time budget in minutes, and the question's text, "
                            + "competency, kind and newest version, so the plan reads on its own; warnings from the coverage view. "
                            + "The ETag header (the opening's version) is what If-Match takes when replacing the plan.")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response plan(@PathParam("id") long id) {
        PlanView plan = plans.plan(id);
        return Response.ok(plan).tag(EntityTags.of(plan.version())).build();
    }

    @PUT
    @Path("{id}/plan")
    @Operation(
            summary = "Replace the interview plan",
            description =
                    "Send {\"stages\":[{\"name\",\"minutes\","
                            + "\"questions\":[{\"questionId\",\"version\",\"minutes\"}]}]}. Stages are matched to the current ones by "
                            + "name. A missing version keeps the version already pinned (or pins the current one for a question "
                            + "new to the plan); only active questions can be newly pinned. Interviews nobody has started scoring "
                            + "follow the new plan; interviews being scored keep their frozen copy (counted in "
                            + "interviewsKeptFrozen). Removing a stage that un-started interviews use answers 409.")
    @APIResponse(
            responseCode = "409",
            description =
                    "A removed stage is used by interviews nobody has started, or (If-Match)"
                            + " someone else changed the opening first")
    @APIResponse(
            responseCode = "422",
            description = "Invalid plan; errors are keyed like stages[0].questions[1].version")
    public Response replacePlan(
            @PathParam("id") long id,
            @Parameter(description = "The ETag of the GET this change is based on")
                    @HeaderParam("If-Match")
                    String ifMatch,
            PlanForm body) {
        PlanSaved saved = plans.replace(id, JsonInput.require(body), EntityTags.expected(ifMatch));
        return Response.ok(SavedPlan.of(saved)).tag(EntityTags.of(saved.plan().version())).build();
    }

    @POST
    @Path("{id}/plan/copy")
    @Operation(
            summary = "Start an empty plan as a copy of another opening's plan",
            description =
                    "Copies stages, pinned versions and time budgets; 409 when this plan already has stages.")
    public SavedPlan copyPlan(
            @PathParam("id") long id,
            @Parameter(description = "the opening whose plan is copied", required = true)
                    @QueryParam("from")
                    Long from) {
        if (from == null) {
            throw new InvalidInputException(
                    "from", "Name the opening to copy from with ?from=<id>.");
        }
        return SavedPlan.of(plans.copyFrom(id, from));
    }

    @GET
    @Path("{id}/plan/coverage")
    @Operation(
            summary = "Coverage: questions per competency and stage, with warnings",
            description =
                    "Warns when a competency the opening cares about (a key competency or one the plan asks "
                            + "about) has fewer than two questions, and when a stage's time budgets exceed its length.")
    public Coverage coverage(@PathParam("id") long id) {
        return Coverage.of(plans.coverage(id));
    }

    @GET
    @Path("{id}/plan/questions/{questionId}/newest")
    @Operation(
            summary =
                    "Preview moving a pinned question to its newest version: what changed, field by field")
    public VersionPreview newestPreview(
            @PathParam("id") long id, @PathParam("questionId") long questionId) {
        VersionComparison comparison = plans.newestVersionPreview(id, questionId);
        return new VersionPreview(
                questionId,
                comparison.getOlder().getNumber(),
                comparison.getNewer().getNumber(),
                comparison.getChanges().stream()
                        .map(l -> new PinnedVersionChange(l.field(), l.older(), l.newer()))
                        .toList());
    }

    @POST
    @Path("{id}/plan/questions/{questionId}/newest")
    @Operation(
            summary = "Move a pinned question to its newest version",
            description =
                    "An explicit step: plans "
                            + "never follow the bank by themselves. Interviews being scored keep their frozen copy.")
    public SavedPlan moveToNewest(
            @PathParam("id") long id, @PathParam("questionId") long questionId) {
        return SavedPlan.of(plans.moveToNewestVersion(id, questionId));
    }

    @GET
    @Path("{id}/candidates")
    @Operation(summary = "List the opening's candidates")
    public List<CandidateView> candidates(@PathParam("id") long id) {
        return candidates.list(id);
    }

    @POST
    @Path("{id}/candidates")
    @Operation(
            summary = "Add a candidate",
            description =
                    "name and email are required; phone, notes and timeZone (e.g. Europe/Berlin) optional. "
                            + "An email already used by a candidate of the opening answers 409.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response addCandidate(
            @PathParam("id") long id, CandidateBody body, @Context UriInfo uri) {
        CandidateBody b = JsonInput.require(body);
        CandidateView created = candidates.create(id, b.details());
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path("candidates")
                                .path(Long.toString(created.id()))
                                .build())
                .entity(created)
                .build();
    }

    @POST
    @Path("{id}/candidates/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import candidates from CSV (all or nothing)",
            description =
                    "UTF-8 CSV with a header row; "
                            + "columns name, email (required), phone, notes. Either every row is added (201) or none is (422, each "
                            + "problem as \"row N, column X: ...\" under errors).")
    @APIResponse(responseCode = "201", description = "Every row was imported")
    @APIResponse(
            responseCode = "422",
            description = "Nothing was imported; the problems are listed")
    public Response importCandidates(@PathParam("id") long id, byte[] file) {
        CandidateImportOutcome outcome = candidates.importCsv(id, file);
        if (outcome.isAccepted()) {
            return Response.status(201)
                    .entity(new CandidateImportResult(outcome.imported(), outcome.candidates()))
                    .build();
        }
        JsonArrayBuilder errors = Json.createArrayBuilder();
        outcome.problems()
                .forEach(
                        problem -> {
                            int colon = problem.indexOf(": ");
                            boolean located =
                                    colon > 0
                                            && (problem.startsWith("row ")
                                                    || problem.startsWith("column "));
                            errors.add(
                                    Json.createObjectBuilder()
                                            .add(
                                                    "field",
                                                    located ? problem.substring(0, colon) : "file")
                                            .add("message", problem));
                        });
        String json =
                Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", "Import refused")
                        .add("status", 422)
                        .add(
                                "detail",
                                "Nothing was imported: fix every problem listed and upload the "
                                        + "whole file again.")
                        .add("errors", errors)
                        .build()
                        .toString();
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(json).build();
    }
}
