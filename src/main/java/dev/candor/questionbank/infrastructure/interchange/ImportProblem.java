package dev.candor.questionbank.infrastructure.interchange;

/**
 * One reason an import was refused, located the way the person will look for it.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1), or the position of the
 *     question in a JSON list counting from 1; null for problems with the whole file or its header
 * @param column the column or JSON field; null for problems with the whole file
 */
public record ImportProblem(Integer row, String column, String message) {

    static ImportProblem inFile(String message) {
        return new ImportProblem(null, null, message);
    }

    static ImportProblem inColumn(String column, String message) {
        return new ImportProblem(null, column, message);
    }

    @Override
    public String toString() {
        if (row == null) {
            return column == null ? message : "column " + column + ": " + message;
        }
        return column == null
                ? "row " + row + ": " + message
                : "row " + row + ", column " + column + ": " + message;
    }
}
