package dev.candor.audit.api;

import dev.candor.audit.application.AuditPage;
import dev.candor.audit.application.AuditQuery;
import dev.candor.audit.application.AuditTrail;
import dev.candor.audit.domain.AuditEntry;
import dev.candor.audit.domain.ChainVerification;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit log, for administrators (the service refuses everyone else with 403). */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject private AuditTrail trail;

    @GET
    @Operation(
            summary = "Audit entries, newest first, one page at a time (ADMIN)",
            description =
                    "from and to are ISO-8601 instants (2026-12-04T09:00:00Z) or dates (UTC); to is"
                            + " exclusive. type matches a whole type or its first part.")
    public AuditEntries search(
            @Parameter(description = "entries at or after this") @QueryParam("from") String from,
            @Parameter(description = "entries before this") @QueryParam("to") String to,
            @Parameter(description = "who did it (username)") @QueryParam("actor") String actor,
            @Parameter(description = "event type, e.g. signin or signin.failed") @QueryParam("type")
                    String type,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0")
                    int page,
            @Parameter(description = "entries per page, at most 500")
                    @QueryParam("size")
                    @DefaultValue("50")
                    int size) {
        AuditPage found =
                trail.search(
                        new AuditQuery(
                                instant("from", from), instant("to", to), actor, type, page, size));
        return new AuditEntries(
                found.entries().stream().map(AuditEntryJson::of).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @GET
    @Path("verify")
    @Operation(
            summary = "Check the audit log's hash chain (ADMIN)",
            description =
                    "{\"valid\": true, \"entries\": N}, or {\"valid\": false, \"firstBrokenEntry\":"
                            + " id, \"entries\": N} naming the first entry changed, removed or"
                            + " out of place.")
    public JsonObject verify() {
        ChainVerification.Result result = trail.verify();
        JsonObjectBuilder json = Json.createObjectBuilder().add("valid", result.valid());
        if (!result.valid()) {
            json.add("firstBrokenEntry", result.firstBrokenEntry());
        }
        return json.add("entries", result.entries()).build();
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field,
                    "\""
                            + text
                            + "\" is not a date (2026-12-04) or an instant (2026-12-04T09:00:00Z).");
        }
    }

    public record AuditEntries(List<AuditEntryJson> entries, int page, int size, long total) {}

    public record AuditEntryJson(
            long id,
            Instant occurredAt,
            String type,
            String actor,
            String subject,
            JsonObject details,
            String hash) {

        static AuditEntryJson of(AuditEntry entry) {
            return new AuditEntryJson(
                    entry.getId(),
                    entry.getOccurredAt(),
                    entry.getType(),
                    entry.getActor(),
                    entry.getSubject(),
                    Json.createReader(new StringReader(entry.getDetails())).readObject(),
                    entry.getHash());
        }
    }
}
