package dev.candor.planning.domain;

import dev.candor.identity.domain.TimeZoneChoice;
import java.util.Optional;
import java.util.regex.Pattern;

/** What planning's free-text and number fields may hold; the sizes match V3__planning.sql. */
public final class Limits {

    public static final int TITLE = 200;
    public static final int TEAM = 100;
    public static final int DESCRIPTION = 4000;
    public static final int STAGE_NAME = 100;
    public static final int CANDIDATE_NAME = 200;
    public static final int EMAIL = 254;
    public static final int PHONE = 50;
    public static final int NOTES = 4000;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_STAGES = 20;
    public static final int MAX_QUESTIONS_PER_STAGE = 30;

    private static final String FORMULA_STARTS = "=+-@";
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_PATTERN = Pattern.compile("\\+?[0-9 ()./-]{3,49}");

    private Limits() {}

    public static String normalise(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * A problem with a text field, in words that follow the field's name ("is required but empty").
     */
    public static Optional<String> textProblem(String value, int max, boolean required) {
        String text = normalise(value);
        if (text.isEmpty()) {
            return required ? Optional.of("is required but empty") : Optional.empty();
        }
        if (text.length() > max) {
            return Optional.of(
                    "is " + text.length() + " characters long; at most " + max + " are allowed");
        }
        if (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return Optional.of(
                    "starts with '"
                            + text.charAt(0)
                            + "'; text starting with =, +, - or @ is refused because spreadsheets run it as a formula");
        }
        return Optional.empty();
    }

    public static Optional<String> emailProblem(String value) {
        String email = normalise(value);
        if (email.isEmpty()) {
            return Optional.of("is required but empty");
        }
        if (email.length() > EMAIL) {
            return Optional.of(
                    "is " + email.length() + " characters long; at most " + EMAIL + " are allowed");
        }
        return EMAIL_PATTERN.matcher(email).matches()
                        && !email.startsWith("=")
                        && !email.startsWith("+")
                        && !email.startsWith("-")
                        && !email.startsWith("@")
                ? Optional.empty()
                : Optional.of("is not an email address like name@example.com");
    }

    /**
     * Phone numbers may start with + (international format), which is why they have their own rule.
     */
    public static Optional<String> phoneProblem(String value) {
        String phone = normalise(value);
        if (phone.isEmpty()) {
            return Optional.empty();
        }
        return PHONE_PATTERN.matcher(phone).matches()
                ? Optional.empty()
                : Optional.of(
                        "is not a phone number: use digits, spaces and + ( ) - . / only, at most "
                                + PHONE
                                + " characters");
    }

    /** A candidate's zone is optional; one given must be a region id people can choose. */
    public static Optional<String> timeZoneProblem(String value) {
        return value.isEmpty() || TimeZoneChoice.known(value).isPresent()
                ? Optional.empty()
                : Optional.of(
                        "is not one Candor knows: choose one such as Europe/Berlin or America/New_York");
    }

    public static Optional<String> minutesProblem(Integer minutes) {
        if (minutes == null) {
            return Optional.of("is required but empty");
        }
        return minutes < MIN_MINUTES || minutes > MAX_MINUTES
                ? Optional.of(
                        "must be from "
                                + MIN_MINUTES
                                + " to "
                                + MAX_MINUTES
                                + " minutes, not "
                                + minutes)
                : Optional.empty();
    }
}
