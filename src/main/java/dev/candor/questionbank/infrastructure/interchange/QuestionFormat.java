package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.Question;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file format for moving questions in and out of the bank; what one writes, the same one reads
 * back unchanged.
 */
public interface QuestionFormat {

    /** Reads a whole uploaded file. Nothing is accepted unless everything is. */
    ImportReport read(byte[] file, ImportContext context);

    /**
     * Writes the questions' current versions, with the competencies they use where the format
     * allows.
     */
    void write(Collection<Question> questions, OutputStream out) throws IOException;

    String mediaType();

    String fileExtension();

    static List<QuestionFormat> all() {
        return List.of(new QuestionCsvFormat(), new QuestionJsonFormat());
    }

    /** The format an uploaded file's name announces, if Candor reads it. */
    static Optional<QuestionFormat> forFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(format -> name.endsWith("." + format.fileExtension()))
                .findFirst();
    }
}
