package dev.candor.backup.api;

import dev.candor.backup.application.DatabaseBackups;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A backup of the embedded database, made now and sent as a zip. */
@Path("/admin/backup")
@RequestScoped
public class BackupResource {

    static final String ZIP = "application/zip";

    @Inject private DatabaseBackups backups;

    @GET
    @Produces(ZIP)
    @Operation(
            summary = "Back up the embedded database now and download it (ADMIN)",
            description =
                    "An online, consistent copy (H2 BACKUP TO) as a zip holding candor.mv.db; it is"
                            + " also kept in <data dir>/backups. Restore: docs/operations.md. 409 on"
                            + " PostgreSQL (use pg_dump).")
    @APIResponse(responseCode = "200", description = "The zip")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Candor runs on PostgreSQL")
    public Response download() {
        java.nio.file.Path file = backups.backUpNow();
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, ZIP)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + file.getFileName() + "\"")
                .build();
    }
}
