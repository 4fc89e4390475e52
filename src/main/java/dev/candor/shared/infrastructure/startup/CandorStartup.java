package dev.candor.shared.infrastructure.startup;

import dev.candor.shared.infrastructure.persistence.SchemaMigration;
import dev.candor.shared.infrastructure.persistence.StartupFailure;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs each capability's startup work in order, then writes the one line a newcomer needs. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class CandorStartup {

    public static final String READY_LINE_PROPERTY = "candor.ready.line";

    @Inject private SchemaMigration schema;

    @Inject private Instance<StartupTask> tasks;

    @Inject private Instance<ReadyNote> notes;

    @Inject
    @ConfigProperty(name = "candor.port", defaultValue = "8080")
    private int port;

    @PostConstruct
    void start() {
        if (!schema.isMigrated()) {
            return;
        }
        try {
            tasks.stream()
                    .sorted(Comparator.comparingInt(StartupTask::order))
                    .forEach(StartupTask::run);
        } catch (RuntimeException e) {
            throw StartupFailure.stop("a startup task failed", e);
        }
        // The launcher prints the line once the sign-in page answers: the web module (Faces,
        // security) starts only after this bean, and a request before that gets no page.
        System.setProperty(READY_LINE_PROPERTY, readyLine("http://localhost:" + port + "/"));
        System.setProperty("candor.started", "true");
    }

    private String readyLine(String url) {
        return Stream.concat(
                        Stream.of("Candor is ready at " + url),
                        notes.stream()
                                .sorted(Comparator.comparingInt(ReadyNote::order))
                                .map(note -> note.note(url)))
                .collect(Collectors.joining(" - "));
    }
}
