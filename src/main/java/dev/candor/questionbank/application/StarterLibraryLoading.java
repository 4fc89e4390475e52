package dev.candor.questionbank.application;

import dev.candor.questionbank.domain.Change;
import dev.candor.questionbank.infrastructure.interchange.ImportReport;
import dev.candor.questionbank.infrastructure.interchange.QuestionJsonFormat;
import dev.candor.questionbank.infrastructure.interchange.StarterLibrary;
import dev.candor.shared.infrastructure.startup.StartupTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * On the first start with an empty bank, imports the starter library through the ordinary import
 * path (the same checks and the same storing as an upload). Once the bank holds any question it
 * does nothing, so restarting never doubles the library.
 */
@ApplicationScoped
public class StarterLibraryLoading implements StartupTask {

    static final String AUTHOR = "candor";
    private static final Logger LOG = Logger.getLogger(StarterLibraryLoading.class.getName());

    @Inject private QuestionFiles files;

    @Inject private Clock clock;

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void run() {
        if (files.totalQuestions() > 0) {
            return;
        }
        // Checked against the bank as it is, so competencies someone created before are reused, not
        // doubled.
        ImportReport report = new QuestionJsonFormat().read(starterLibrary(), files.context());
        if (!report.isAccepted()) {
            LOG.severe(
                    "The starter library was not loaded: "
                            + String.join("; ", report.getMessages()));
            return;
        }
        QuestionImportOutcome outcome =
                files.store(report, new Change(AUTHOR, clock.instant(), "Starter library"));
        LOG.info(
                "Loaded the starter library: "
                        + outcome.questions()
                        + " questions, "
                        + outcome.newCompetencies().size()
                        + " new competencies.");
    }

    private static byte[] starterLibrary() {
        try (InputStream in =
                StarterLibraryLoading.class.getResourceAsStream(StarterLibrary.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The starter library " + StarterLibrary.RESOURCE + " is missing.");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
