package dev.candor.questionbank.infrastructure.interchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Small CSV files for import tests, written the way a spreadsheet would save them. */
final class CsvFiles {

    static final Map<String, String> VALID_ROW = validRow();
    static final String HEADER = String.join(",", VALID_ROW.keySet());

    private CsvFiles() {}

    private static Map<String, String> validRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("text", "Tell me about a time you owned a customer's problem.");
        row.put("kind", "BEHAVIOURAL");
        row.put("competency", "Ownership");
        row.put("guidance", "Listen for the candidate seeing it through.");
        row.put("probe1", "What did you do next?");
        row.put("probe2", "What was the result?");
        row.put("anchor1_label", "No ownership");
        row.put("anchor1_description", "Blames others or has no example.");
        row.put("anchor3_label", "Some ownership");
        row.put("anchor3_description", "Fixes their own part and hands the rest on.");
        row.put("anchor5_label", "Full ownership");
        row.put("anchor5_description", "Sees it through, keeps the customer informed.");
        row.put("tags", "ownership, follow-up");
        row.put("status", "ACTIVE");
        return row;
    }

    /**
     * A valid row with some cells replaced; values are quoted so they may hold commas and quotes.
     */
    static String row(String... columnValuePairs) {
        Map<String, String> row = new LinkedHashMap<>(VALID_ROW);
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            row.put(columnValuePairs[i], columnValuePairs[i + 1]);
        }
        return row.values().stream().map(CsvFiles::quoted).collect(Collectors.joining(","));
    }

    static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static byte[] file(String... lines) {
        return String.join("\r\n", Arrays.asList(lines))
                .concat("\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
