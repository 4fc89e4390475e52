package dev.candor.questionbank.application;

import java.util.Locale;

/**
 * How a page of the bank is ordered; ties are always broken by question id, so pages never overlap.
 */
public record QuestionSort(Field field, boolean ascending) {

    public enum Field {
        ID("q.id"),
        TEXT("v.text"),
        COMPETENCY("c.name"),
        KIND("v.kind"),
        STATUS("q.status"),
        VERSION("q.currentVersion"),
        CHANGED("v.changedAt");

        final String path;

        Field(String path) {
            this.path = path;
        }
    }

    public static final QuestionSort DEFAULT = new QuestionSort(Field.ID, true);

    /**
     * "text", "-changed" (descending), or null for the default; unknown names fall back to the
     * default.
     */
    public static QuestionSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String text = value.strip();
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        try {
            return new QuestionSort(Field.valueOf(name.toUpperCase(Locale.ROOT)), !descending);
        } catch (IllegalArgumentException unknown) {
            return DEFAULT;
        }
    }

    String orderBy() {
        String direction = ascending ? " asc" : " desc";
        return " order by "
                + field.path
                + direction
                + (field == Field.ID ? "" : ", q.id" + direction);
    }
}
