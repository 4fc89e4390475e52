package dev.candor.comparison.domain;

/** Builds rating tables from rows of whitespace-separated scores, '.' marking a missing score. */
final class Tables {

    private Tables() {}

    static RatingTable targetsByRaters(String... rows) {
        String[][] cells = split(rows);
        RatingTable.Builder table = new RatingTable.Builder(cells.length, cells[0].length);
        for (int target = 0; target < cells.length; target++) {
            for (int rater = 0; rater < cells[target].length; rater++) {
                rateUnlessMissing(table, target, rater, cells[target][rater]);
            }
        }
        return table.build();
    }

    /**
     * For reliability data written as Krippendorff writes it: one row per observer, one column per
     * unit.
     */
    static RatingTable ratersByTargets(String... rows) {
        String[][] cells = split(rows);
        RatingTable.Builder table = new RatingTable.Builder(cells[0].length, cells.length);
        for (int rater = 0; rater < cells.length; rater++) {
            for (int target = 0; target < cells[rater].length; target++) {
                rateUnlessMissing(table, target, rater, cells[rater][target]);
            }
        }
        return table.build();
    }

    private static String[][] split(String... rows) {
        String[][] cells = new String[rows.length][];
        for (int row = 0; row < rows.length; row++) {
            cells[row] = rows[row].trim().split("\\s+");
        }
        return cells;
    }

    private static void rateUnlessMissing(
            RatingTable.Builder table, int target, int rater, String cell) {
        if (!cell.equals(".")) {
            table.rate(target, rater, Double.parseDouble(cell));
        }
    }
}
