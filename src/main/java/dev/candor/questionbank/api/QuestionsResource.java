package dev.candor.questionbank.api;

import dev.candor.questionbank.application.CompetencyCatalog;
import dev.candor.questionbank.application.Export;
import dev.candor.questionbank.application.ImportRefusedException;
import dev.candor.questionbank.application.QuestionBank;
import dev.candor.questionbank.application.QuestionFiles;
import dev.candor.questionbank.application.QuestionFilter;
import dev.candor.questionbank.application.QuestionImportOutcome;
import dev.candor.questionbank.application.QuestionSort;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.infrastructure.interchange.ImportProblem;
import dev.candor.questionbank.infrastructure.interchange.QuestionCsvFormat;
import dev.candor.questionbank.infrastructure.interchange.QuestionFormat;
import dev.candor.questionbank.infrastructure.interchange.QuestionJsonFormat;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.infrastructure.rest.EntityTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The question bank. Recruiters and administrators read and write everything; hiring managers and
 * interviewers read active questions only (other questions do not exist for them) and get 403 on
 * writes.
 */
@Path("/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuestionsResource {

    /**
     * Imports are read only up to one byte past the limit: enough to refuse a file that is too big.
     */
    static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;

    @Inject private QuestionBank bank;

    @Inject private QuestionFiles files;

    @Inject private CompetencyCatalog competencies;

    @GET
    @Operation(
            summary = "A page of questions (current versions), filtered and sorted",
            description =
                    "Pages count from 1. Readers who are not recruiters or administrators see ACTIVE questions only.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public QuestionListing list(
            @Parameter(description = "Competency name or id") @QueryParam("competency")
                    String competency,
            @Parameter(description = "DRAFT, ACTIVE or RETIRED") @QueryParam("status")
                    String status,
            @Parameter(description = "BEHAVIOURAL or SITUATIONAL") @QueryParam("kind") String kind,
            @Parameter(description = "A tag, ignoring case") @QueryParam("tag") String tag,
            @Parameter(description = "Words in the text or guidance, ignoring case")
                    @QueryParam("q")
                    String search,
            @Parameter(
                            description =
                                    "id, text, competency, kind, status, version or changed; '-' for descending")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "Page number, from 1") @QueryParam("page") @DefaultValue("1")
                    int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20")
                    int size) {
        if (page < 1) {
            throw new InvalidInputException("page", "Pages count from 1.");
        }
        if (size < 1 || size > QuestionBank.MAX_PAGE_SIZE) {
            throw new InvalidInputException(
                    "size", "The page size is from 1 to " + QuestionBank.MAX_PAGE_SIZE + ".");
        }
        QuestionFilter filter = filter(competency, status, kind, tag, search);
        long total = bank.count(filter);
        return new QuestionListing(
                bank.search(filter, QuestionSort.parse(sort), (page - 1) * size, size),
                page,
                size,
                total);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Write a new question (RECRUITER, ADMIN)",
            description =
                    "Starts as a DRAFT at version 1 unless status says ACTIVE (which needs guidance and anchors 1, 3, 5).")
    @APIResponse(responseCode = "201", description = "The question")
    @APIResponse(responseCode = "422", description = "Problems, each under errors by field")
    public Response create(QuestionRequest request, @Context UriInfo uri) {
        requireBody(request);
        Question question = bank.create(request.toInput());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(question.getId())).build())
                .entity(QuestionView.of(question))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "A question's current version",
            description = "The ETag header is what If-Match takes when changing the question.")
    @APIResponse(
            responseCode = "200",
            description = "The question",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public Response get(@PathParam("id") long id) {
        Question question = bank.get(id);
        return Response.ok(QuestionView.of(question))
                .tag(EntityTags.of(question.getEntityVersion()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Edit a question (RECRUITER, ADMIN)",
            description =
                    "An unused DRAFT is changed in place; an ACTIVE question, or one in use, gets a new version. "
                            + "status may change it too (DRAFT->ACTIVE/RETIRED, ACTIVE->RETIRED, RETIRED->ACTIVE).")
    @APIResponse(
            responseCode = "200",
            description = "The question's current version",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "A status change the question does not allow, a retired question, or (If-Match)"
                            + " someone else changed it first: currentVersion and ETag say what is"
                            + " current")
    public Response update(
            @PathParam("id") long id,
            @Parameter(description = "The ETag of the GET this change is based on")
                    @HeaderParam("If-Match")
                    String ifMatch,
            QuestionRequest request) {
        requireBody(request);
        Question question = bank.update(id, request.toInput(), EntityTags.expected(ifMatch));
        return Response.ok(QuestionView.of(question))
                .tag(EntityTags.of(question.getEntityVersion()))
                .build();
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "A question's history: every version, oldest first")
    public List<VersionView> versions(@PathParam("id") long id) {
        return bank.get(id).getVersions().stream().map(VersionView::of).toList();
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(summary = "One version of a question")
    public QuestionView version(@PathParam("id") long id, @PathParam("number") int number) {
        return QuestionView.of(bank.get(id), bank.version(id, number));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Import a CSV or JSON file of questions, all or nothing (RECRUITER, ADMIN)",
            description =
                    "The body is the file (at most 2 MiB), in the formats of docs/question-bank.md. If anything is "
                            + "wrong nothing is stored, and the 422 answer lists every problem under errors with row and column.")
    @APIResponse(responseCode = "201", description = "{imported, newCompetencies}")
    @APIResponse(
            responseCode = "422",
            description = "Refused; errors: [{field, row, column, message}]")
    public Response importFile(
            InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        QuestionFormat format =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv")
                        ? new QuestionCsvFormat()
                        : new QuestionJsonFormat();
        QuestionImportOutcome outcome =
                files.importFile(
                        format, readLimited(body), "the API (" + format.fileExtension() + ")");
        return Response.status(Response.Status.CREATED)
                .entity(new ImportResult(outcome.questions(), outcome.newCompetencies()))
                .build();
    }

    @GET
    @Path("export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Export the questions that match the filters as a CSV or JSON file",
            description =
                    "Same filters as the list; the file is named candor-questions-YYYY-MM-DD.csv (or .json).")
    public Response export(
            @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("competency") String competency,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("tag") String tag,
            @QueryParam("q") String search) {
        Export export = files.export(filter(competency, status, kind, tag, search), format);
        return Response.ok(export.content(), export.mediaType() + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .build();
    }

    private QuestionFilter filter(
            String competency, String status, String kind, String tag, String search) {
        Long competencyId = null;
        if (competency != null && !competency.isBlank()) {
            String wanted = competency.strip();
            competencyId =
                    wanted.chars().allMatch(Character::isDigit)
                            ? Long.valueOf(wanted)
                            : competencies.findByName(wanted).map(c -> c.getId()).orElse(-1L);
        }
        return new QuestionFilter(
                competencyId,
                choice(QuestionKind.class, "kind", kind),
                choice(QuestionStatus.class, "status", status),
                tag,
                search);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(
                    field,
                    "\""
                            + value
                            + "\" is not one of "
                            + java.util.Arrays.toString(type.getEnumConstants())
                            + ".");
        }
    }

    private static byte[] readLimited(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            return body.readNBytes(MAX_IMPORT_BYTES + 1);
        } catch (IOException unreadable) {
            throw new ImportRefusedException(
                    List.of(
                            new ImportProblem(
                                    null,
                                    null,
                                    "The file could not be read: " + unreadable.getMessage())));
        }
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "This call needs a JSON body.");
        }
    }
}
