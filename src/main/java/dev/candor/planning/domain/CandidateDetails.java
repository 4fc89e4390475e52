package dev.candor.planning.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What someone enters about a candidate, by hand or in one row of a CSV import. */
public record CandidateDetails(
        String name, String email, String phone, String notes, String timeZone) {

    public CandidateDetails {
        name = Limits.normalise(name);
        email = Limits.normalise(email).toLowerCase(Locale.ROOT);
        phone = Limits.normalise(phone);
        notes = Limits.normalise(notes);
        timeZone = Limits.normalise(timeZone);
    }

    /** Details without a time zone (a CSV row, the quick form on the opening). */
    public CandidateDetails(String name, String email, String phone, String notes) {
        this(name, email, phone, notes, null);
    }

    /**
     * Each problem keyed by field (name, email, phone, notes, timeZone), worded to follow the
     * field's name.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Limits.textProblem(name, Limits.CANDIDATE_NAME, true)
                .ifPresent(p -> problems.put("name", p));
        Limits.emailProblem(email).ifPresent(p -> problems.put("email", p));
        Limits.phoneProblem(phone).ifPresent(p -> problems.put("phone", p));
        Limits.textProblem(notes, Limits.NOTES, false).ifPresent(p -> problems.put("notes", p));
        Limits.timeZoneProblem(timeZone).ifPresent(p -> problems.put("timeZone", p));
        return problems;
    }

    /** The problems as sentences for a form or an API error ("The email is ..."). */
    public Map<String, String> sentences() {
        Map<String, String> sentences = new LinkedHashMap<>();
        problems()
                .forEach(
                        (field, problem) ->
                                sentences.put(field, "The " + words(field) + " " + problem + "."));
        return sentences;
    }

    private static String words(String field) {
        return field.equals("timeZone") ? "time zone" : field;
    }
}
