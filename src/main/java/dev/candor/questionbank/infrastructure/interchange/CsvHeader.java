package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.TextRule;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** The first row of a CSV file: which column holds what. */
final class CsvHeader {

    private final Map<String, Integer> positions;
    private final Set<Integer> namedPositions;

    private CsvHeader(Map<String, Integer> positions, Set<Integer> namedPositions) {
        this.positions = positions;
        this.namedPositions = namedPositions;
    }

    /**
     * The header, or empty when it is too broken to read rows by: a required column missing or one
     * named twice.
     */
    static Optional<CsvHeader> read(
            CSVRecord record,
            List<String> known,
            List<String> required,
            ImportValidation validation) {
        if (record.size() == 1 && record.get(0).contains(";")) {
            validation.problem(
                    ImportProblem.inFile(
                            "The header has a single column: the file seems to be separated"
                                    + " by semicolons. Save it with commas (in Excel: \"CSV UTF-8 (comma delimited)\")."));
            return Optional.empty();
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        Set<Integer> named = new HashSet<>();
        boolean usable = true;
        for (int i = 0; i < record.size(); i++) {
            String name = TextRule.normalise(record.get(i)).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            named.add(i);
            if (!known.contains(name)) {
                validation.problem(
                        ImportProblem.inColumn(
                                name,
                                "is not a column Candor reads; delete it or rename"
                                        + " it to one of "
                                        + String.join(", ", known)));
            } else if (positions.putIfAbsent(name, i) != null) {
                validation.problem(
                        ImportProblem.inColumn(name, "appears more than once in the header"));
                usable = false;
            }
        }
        for (String column : required) {
            if (!positions.containsKey(column)) {
                validation.problem(
                        ImportProblem.inColumn(column, "is required but missing from the header"));
                usable = false;
            }
        }
        return usable ? Optional.of(new CsvHeader(positions, named)) : Optional.empty();
    }

    String cell(CSVRecord record, String column) {
        Integer position = positions.get(column);
        return position == null || position >= record.size() ? "" : record.get(position);
    }

    /** Values under no header name would be silently lost, so they are reported instead. */
    void checkUnnamedCells(CSVRecord record, ImportValidation validation) {
        for (int i = 0; i < record.size(); i++) {
            if (!namedPositions.contains(i) && !record.get(i).isBlank()) {
                validation.problem(
                        new ImportProblem(
                                (int) record.getRecordNumber(),
                                letter(i),
                                "has a value, but the column has no name in the header"));
            }
        }
    }

    /** Spreadsheet column letters: A to Z, then AA, AB and so on. */
    static String letter(int position) {
        StringBuilder letters = new StringBuilder();
        for (int n = position + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
