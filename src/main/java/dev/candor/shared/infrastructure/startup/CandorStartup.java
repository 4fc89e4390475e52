package dev.candor.shared.infrastructure.startup;

import dev.candor.identity.application.FirstRunSetup;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs each capability's startup work in order, then prints the one line a newcomer needs. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class CandorStartup {

    @Inject private SchemaMigration schema;

    @Inject private Instance<StartupTask> tasks;

    @Inject private FirstRunSetup firstRun;

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
        String url = "http://localhost:" + port + "/";
        System.out.println("Candor is ready at " + url + " - " + firstRun.signInInstructions(url));
        System.setProperty("candor.started", "true");
    }
}
