package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionContent;
import dev.candor.questionbank.domain.QuestionField;
import dev.candor.questionbank.domain.QuestionVersion;
import dev.candor.questionbank.domain.RatingScale;
import dev.candor.questionbank.domain.RubricAnchor;
import dev.candor.questionbank.domain.TextRule;
import dev.candor.shared.infrastructure.upload.UploadedText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Questions as a spreadsheet: one row a question, a header row naming the columns. The columns are
 * documented in docs/question-bank.md; competencies must already exist in the bank.
 */
public final class QuestionCsvFormat implements QuestionFormat {

    /** What a question file must be; both formats are accepted on upload. */
    static final String EXPECTED = "CSV or JSON text";

    public static final List<String> COLUMNS = columns();
    public static final List<String> REQUIRED_COLUMNS =
            List.of(
                    "text",
                    "kind",
                    "competency",
                    "guidance",
                    "anchor1_label",
                    "anchor1_description",
                    "anchor3_label",
                    "anchor3_description",
                    "anchor5_label",
                    "anchor5_description");

    private static final String TAG_SEPARATOR = ",";
    private static final Columns NAMES =
            new Columns() {
                @Override
                public String of(QuestionField field, int position) {
                    return switch (field) {
                        case TEXT, KIND, COMPETENCY, GUIDANCE, TAGS, STATUS ->
                                field.name().toLowerCase(Locale.ROOT);
                        case TAG -> "tags";
                        case PROBES -> "probe" + QuestionContent.MAX_PROBES;
                        case PROBE -> "probe" + position;
                        case ANCHORS -> "anchor" + position + "_label";
                        case ANCHOR_LABEL -> "anchor" + position + "_label";
                        case ANCHOR_DESCRIPTION -> "anchor" + position + "_description";
                        case SOURCE_FILE -> "source_file";
                        case SOURCE_IDEA -> "source_idea";
                    };
                }

                @Override
                public String unknownCompetency(String name) {
                    return "there is no competency named '"
                            + name
                            + "' in the bank; create it first"
                            + " (a JSON import can also define it)";
                }
            };

    private static List<String> columns() {
        List<String> columns =
                new ArrayList<>(List.of("id", "version", "text", "kind", "competency", "guidance"));
        IntStream.rangeClosed(1, QuestionContent.MAX_PROBES).forEach(n -> columns.add("probe" + n));
        for (int score = RatingScale.LOWEST; score <= RatingScale.HIGHEST; score++) {
            columns.add("anchor" + score + "_label");
            columns.add("anchor" + score + "_description");
        }
        columns.addAll(List.of("tags", "status", "source_file", "source_idea"));
        return List.copyOf(columns);
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public ImportReport read(byte[] file, ImportContext context) {
        ImportValidation validation = new ImportValidation(context, NAMES);
        UploadedText.decode(
                        file,
                        EXPECTED,
                        problem -> validation.problem(ImportProblem.inFile(problem)))
                .ifPresent(text -> readRecords(text, validation));
        return validation.report();
    }

    private void readRecords(String text, ImportValidation validation) {
        long lastRow = 0;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            Iterator<CSVRecord> records = parser.iterator();
            Optional<CsvHeader> header =
                    CsvHeader.read(records.next(), COLUMNS, REQUIRED_COLUMNS, validation);
            lastRow = 1;
            if (header.isEmpty()) {
                return;
            }
            int questions = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRow = record.getRecordNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (++questions > ImportValidation.MAX_QUESTIONS) {
                    validation.tooManyQuestions();
                    return;
                }
                header.get().checkUnnamedCells(record, validation);
                validation.accept(row(record, header.get()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            validation.problem(new ImportProblem((int) lastRow + 1, null, malformedCsv(malformed)));
        }
    }

    private static String malformedCsv(Exception malformed) {
        String detail = String.valueOf(malformed.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell is opened but never closed, so the rest of the file cannot be read";
        }
        if (detail.contains("invalid char between encapsulated token and delimiter")) {
            return "a quoted cell is followed by more text before the next comma; double any quote inside a cell";
        }
        return "the file cannot be read as CSV from here on (" + detail + ")";
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static QuestionRow row(CSVRecord record, CsvHeader header) {
        return new QuestionRow(
                (int) record.getRecordNumber(),
                header.cell(record, "text"),
                header.cell(record, "kind"),
                header.cell(record, "competency"),
                header.cell(record, "guidance"),
                probes(record, header),
                anchors(record, header),
                tags(header.cell(record, "tags")),
                header.cell(record, "status"),
                header.cell(record, "source_file"),
                header.cell(record, "source_idea"));
    }

    /**
     * Blank probe columns after the last filled one mean "no more probes"; a gap before it is
     * reported.
     */
    private static List<String> probes(CSVRecord record, CsvHeader header) {
        List<String> probes = new ArrayList<>();
        for (int n = 1; n <= QuestionContent.MAX_PROBES; n++) {
            probes.add(header.cell(record, "probe" + n));
        }
        while (!probes.isEmpty() && probes.get(probes.size() - 1).isBlank()) {
            probes.remove(probes.size() - 1);
        }
        return probes;
    }

    /**
     * An anchor with both cells blank is absent, as 2 and 4 may be; one with a single cell filled
     * is reported.
     */
    private static List<RubricAnchor> anchors(CSVRecord record, CsvHeader header) {
        List<RubricAnchor> anchors = new ArrayList<>();
        for (int score = RatingScale.LOWEST; score <= RatingScale.HIGHEST; score++) {
            String label = header.cell(record, "anchor" + score + "_label");
            String description = header.cell(record, "anchor" + score + "_description");
            if (!label.isBlank() || !description.isBlank()) {
                anchors.add(new RubricAnchor(score, label, description));
            }
        }
        return anchors;
    }

    private static List<String> tags(String cell) {
        return Arrays.stream(cell.split(TAG_SEPARATOR))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }

    @Override
    public void write(Collection<Question> questions, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Excel only reads a CSV file as UTF-8 when it starts with a byte order mark.
        writer.write('\uFEFF');
        CSVPrinter printer =
                new CSVPrinter(
                        writer,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader(COLUMNS.toArray(String[]::new))
                                .get());
        for (Question question : questions) {
            printer.printRecord(cells(question));
        }
        printer.flush();
    }

    private static List<String> cells(Question question) {
        QuestionVersion version = question.getCurrentVersion();
        List<String> cells = new ArrayList<>();
        cells.add(question.getId() == null ? "" : question.getId().toString());
        cells.add(Integer.toString(version.getNumber()));
        cells.add(safe(version.getText()));
        cells.add(version.getKind().name());
        cells.add(safe(version.getCompetency().getName()));
        cells.add(safe(version.getGuidance()));
        for (int n = 0; n < QuestionContent.MAX_PROBES; n++) {
            cells.add(n < version.getProbes().size() ? safe(version.getProbes().get(n)) : "");
        }
        for (int score = RatingScale.LOWEST; score <= RatingScale.HIGHEST; score++) {
            Optional<RubricAnchor> anchor = version.anchorFor(score);
            cells.add(anchor.map(a -> safe(a.getLabel())).orElse(""));
            cells.add(anchor.map(a -> safe(a.getDescription())).orElse(""));
        }
        cells.add(safe(String.join(TAG_SEPARATOR + " ", version.getTags())));
        cells.add(question.getStatus().name());
        cells.add(question.getSource().map(source -> safe(source.getFile())).orElse(""));
        cells.add(question.getSource().map(source -> safe(source.getIdea())).orElse(""));
        return cells;
    }

    /**
     * The bank refuses text that starts like a formula, so this changes nothing it wrote itself. It
     * guards against rows stored some other way: a leading quote makes a spreadsheet show the text
     * instead of running it.
     */
    static String safe(String value) {
        return TextRule.startsLikeFormula(value) ? "'" + value : value;
    }
}
