package dev.candor.questionbank.domain;

import java.util.Optional;

/**
 * What one free-text field of the question bank may hold. The limits match the column sizes in
 * V2__question_bank.sql, so anything a rule accepts can be stored.
 */
public record TextRule(int maxLength, boolean required) {

    private static final String FORMULA_STARTS = "=+-@";

    /** Surrounding white space never carries meaning in the bank, so values are stored stripped. */
    public static String normalise(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * Spreadsheets run a cell that starts with one of these characters as a formula. Refusing such
     * text keeps exported files safe to open and lets them import back exactly as they were.
     */
    public static boolean startsLikeFormula(String value) {
        String text = normalise(value);
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    public Optional<String> problemWith(String value) {
        String text = normalise(value);
        if (text.isEmpty()) {
            return required ? Optional.of("is required but empty") : Optional.empty();
        }
        if (text.length() > maxLength) {
            return Optional.of(
                    "is "
                            + text.length()
                            + " characters long; at most "
                            + maxLength
                            + " are allowed");
        }
        if (startsLikeFormula(text)) {
            return Optional.of(
                    "starts with '"
                            + text.charAt(0)
                            + "'; text starting with =, +, - or @ is refused because spreadsheets run it as a formula");
        }
        return Optional.empty();
    }

    /** For entity constructors: the value, normalised, or an exception naming the field. */
    public String require(String field, String value) {
        problemWith(value)
                .ifPresent(
                        problem -> {
                            throw new IllegalArgumentException(
                                    "The " + field + " " + problem + ".");
                        });
        return normalise(value);
    }
}
