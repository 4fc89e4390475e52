package dev.candor.planning.application;

import dev.candor.planning.domain.CandidateDetails;
import dev.candor.shared.infrastructure.upload.UploadedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Candidates as a spreadsheet, read with the question bank import's rules: UTF-8 (with or without a
 * byte order mark), at most 2 MiB, a header row naming the columns, and every problem reported by
 * row and column so the whole file can be fixed at once. Either every row is accepted or nothing is
 * imported.
 */
final class CandidateCsv {

    static final List<String> COLUMNS = List.of("name", "email", "phone", "notes");
    static final List<String> REQUIRED = List.of("name", "email");
    static final int MAX_ROWS = 1000;

    /** The accepted rows, or the problems as "row N, column X: what is wrong". */
    record Result(List<CandidateDetails> rows, List<String> problems) {}

    private CandidateCsv() {}

    /**
     * @param taken whether a (lower-case) email already belongs to a candidate of the opening
     */
    static Result read(byte[] file, Predicate<String> taken) {
        List<String> problems = new ArrayList<>();
        List<CandidateDetails> rows = new ArrayList<>();
        String text = UploadedText.decode(file, "CSV text", problems::add).orElse(null);
        if (text != null) {
            readRecords(text, taken, rows, problems);
            if (problems.isEmpty() && rows.isEmpty()) {
                problems.add("The file has a header but no candidates.");
            }
        }
        return problems.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), problems);
    }

    private static void readRecords(
            String text,
            Predicate<String> taken,
            List<CandidateDetails> rows,
            List<String> problems) {
        long lastRow = 0;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, Integer> header = header(records.next(), problems);
            lastRow = 1;
            if (header == null) {
                return;
            }
            Map<String, Long> emails = new HashMap<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRow = record.getRecordNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() + 1 > MAX_ROWS) {
                    problems.add(
                            "The file has more than "
                                    + MAX_ROWS
                                    + " candidates; split it into smaller files.");
                    return;
                }
                long row = record.getRecordNumber();
                CandidateDetails details =
                        new CandidateDetails(
                                cell(record, header, "name"),
                                cell(record, header, "email"),
                                cell(record, header, "phone"),
                                cell(record, header, "notes"));
                details.problems()
                        .forEach(
                                (column, problem) ->
                                        problems.add(
                                                "row "
                                                        + row
                                                        + ", column "
                                                        + column
                                                        + ": "
                                                        + problem));
                if (!details.email().isEmpty()) {
                    Long earlier = emails.putIfAbsent(details.email(), row);
                    if (earlier != null) {
                        problems.add(
                                "row "
                                        + row
                                        + ", column email: "
                                        + details.email()
                                        + " is also on row "
                                        + earlier
                                        + "; each candidate appears once");
                    } else if (taken.test(details.email())) {
                        problems.add(
                                "row "
                                        + row
                                        + ", column email: a candidate with "
                                        + details.email()
                                        + " is already considered for this opening");
                    }
                }
                rows.add(details);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            problems.add(
                    "row "
                            + (lastRow + 1)
                            + ": the file cannot be read as CSV from here on ("
                            + malformed.getMessage()
                            + "); check for a quoted cell that is never closed");
        }
    }

    private static Map<String, Integer> header(CSVRecord record, List<String> problems) {
        if (record.size() == 1 && record.get(0).contains(";")) {
            problems.add(
                    "The header has a single column: the file seems to be separated by semicolons. "
                            + "Save it with commas (in Excel: \"CSV UTF-8 (comma delimited)\").");
            return null;
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        boolean usable = true;
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                problems.add(
                        "column "
                                + name
                                + ": is not a column Candor reads; delete it or rename it to one of "
                                + String.join(", ", COLUMNS));
            } else if (!seen.add(name)) {
                problems.add("column " + name + ": appears more than once in the header");
                usable = false;
            } else {
                positions.put(name, i);
            }
        }
        for (String column : REQUIRED) {
            if (!positions.containsKey(column)) {
                problems.add("column " + column + ": is required but missing from the header");
                usable = false;
            }
        }
        return usable ? positions : null;
    }

    private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
        Integer position = header.get(column);
        return position == null || position >= record.size() ? "" : record.get(position);
    }
}
