package dev.candor.backup.application;

import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.shared.domain.AuditableEvent;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.infrastructure.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups of the embedded database with H2's {@code BACKUP TO}: a consistent copy of the
 * database file in a zip while Candor keeps running (H2's multi-version store needs no lock). They
 * go to {@code <data dir>/backups}, and only the newest {@code CANDOR_BACKUP_KEEP} are kept. On
 * PostgreSQL the database's own tools do this (docs/operations.md).
 */
@ApplicationScoped
public class DatabaseBackups {

    static final String DIRECTORY = "backups";
    static final String PREFIX = "candor-";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject private Caller caller;

    @Inject private Clock clock;

    @Inject private Event<AuditableEvent> audit;

    @Inject
    @ConfigProperty(name = "candor.data.dir", defaultValue = "./data")
    private String dataDir;

    @Inject
    @ConfigProperty(name = "candor.backup.keep", defaultValue = "7")
    private int keep;

    public boolean isEmbedded() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached", e);
        }
    }

    /** An administrator's backup, written next to the scheduled ones (and pruned like them). */
    @Transactional
    public Path backUpNow() {
        caller.requireAnyRole(Role.ADMIN);
        return write(caller.requireUsername());
    }

    /** The scheduler's backup: no caller, so no role check. */
    @Transactional
    Path scheduled() {
        return write(null);
    }

    public List<Path> existing() {
        caller.requireAnyRole(Role.ADMIN);
        return stored();
    }

    private Path write(String actor) {
        if (!isEmbedded()) {
            throw new ConflictException(
                    "Candor runs on PostgreSQL: back it up with pg_dump (see docs/operations.md).");
        }
        Path directory = Path.of(dataDir).toAbsolutePath().resolve(DIRECTORY);
        Path file = directory.resolve(PREFIX + STAMP.format(clock.instant()) + ".zip");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            Files.createDirectories(directory);
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the backup to " + file + " failed", e);
        }
        audit.fire(
                new AuditableEvent(
                        "backup.created",
                        actor,
                        "backup:" + file.getFileName(),
                        Map.of("trigger", actor == null ? "schedule" : "administrator")));
        prune();
        LOG.info(() -> "Backup written to " + file);
        return file;
    }

    private void prune() {
        List<Path> all = stored();
        for (Path old : all.subList(Math.min(all.size(), Math.max(1, keep)), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.warning(() -> "Could not remove the old backup " + old + ": " + e);
            }
        }
    }

    /** Newest first (the names sort by time). */
    private List<Path> stored() {
        Path directory = Path.of(dataDir).toAbsolutePath().resolve(DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(
                            f ->
                                    f.getFileName().toString().startsWith(PREFIX)
                                            && f.getFileName().toString().endsWith(".zip"))
                    .sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
