package dev.candor.questionbank.infrastructure.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The questions a new bank starts with, written from the customer-service articles in the seed
 * collection. They are kept as an ordinary JSON import file and read through the same checks as any
 * upload.
 */
public final class StarterLibrary {

    public static final String RESOURCE = "/questionbank/starter-library.json";

    private StarterLibrary() {}

    /** The library as an import into an empty bank. */
    public static ImportReport read() {
        try (InputStream in = StarterLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The starter library " + RESOURCE + " is missing from the build.");
            }
            return new QuestionJsonFormat().read(in.readAllBytes(), ImportContext.emptyBank());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
