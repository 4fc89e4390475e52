package dev.candor.questionbank.domain;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The one rating scale of Candor: scores from 1 to 5, anchored by the bank's questions, and the
 * evidence rule that goes with it. An extreme score (1 or 5) needs notes of at least {@code
 * evidenceMinChars} characters behind it; the Situation / Task / Action / Result prompts the page
 * offers and white space are not evidence. Notes are counted in Unicode code points, as people
 * count characters, and the scoring script counts them the same way (resources/candor/scoring/
 * evidence.js, which gets {@link #EVIDENCE_PROMPTS} and the minimum from the page).
 *
 * <p>Plain Java on purpose: the scoring and comparison domains use it, and it needs nothing else.
 */
public record RatingScale(int evidenceMinChars) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int DEFAULT_EVIDENCE_MIN_CHARS = 20;

    /** The headings of the notes' template: a prompt, not what the interviewer observed. */
    public static final List<String> EVIDENCE_PROMPTS =
            List.of("Situation", "Task", "Action", "Result");

    /** Bundle key of the card for a score without an anchor of its own: "Between {0} and {1}". */
    public static final String BETWEEN_KEY = "scoring.between";

    /**
     * White space as the script's {@code \s} knows it, spelled out so Java and JavaScript agree on
     * every character (each language's own {@code \s} differs in two).
     */
    private static final String WHITE_SPACE =
            "[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F"
                    + "\\u205F\\u3000\\uFEFF]";

    private static final Pattern PROMPT =
            Pattern.compile(
                    "^"
                            + WHITE_SPACE
                            + "*(?:"
                            + String.join("|", EVIDENCE_PROMPTS)
                            + ")"
                            + WHITE_SPACE
                            + "*:",
                    Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile(WHITE_SPACE + "+");

    public static final RatingScale DEFAULT = new RatingScale(DEFAULT_EVIDENCE_MIN_CHARS);

    public RatingScale {
        if (evidenceMinChars < 0) {
            throw new IllegalArgumentException(
                    "The evidence minimum cannot be negative: " + evidenceMinChars);
        }
    }

    public static boolean contains(int score) {
        return score >= LOWEST && score <= HIGHEST;
    }

    /** Every score, lowest first. */
    public static List<Integer> scores() {
        return IntStream.rangeClosed(LOWEST, HIGHEST).boxed().toList();
    }

    /** How many scores the scale has (5). */
    public static int size() {
        return HIGHEST - LOWEST + 1;
    }

    /** The extremes need evidence: they move a panel's mean most. */
    public static boolean needsEvidence(int score) {
        return score == LOWEST || score == HIGHEST;
    }

    public static List<Integer> scoresNeedingEvidence() {
        return scores().stream().filter(RatingScale::needsEvidence).toList();
    }

    /**
     * How much of the notes is evidence, in code points: without the template's headings at the
     * start of a line, runs of white space counted as one space, none at either end.
     */
    public static int evidenceLength(String notes) {
        if (notes == null) {
            return 0;
        }
        StringBuilder written = new StringBuilder();
        for (String line : notes.split("\n", -1)) {
            written.append(PROMPT.matcher(line).replaceFirst("")).append('\n');
        }
        String evidence = SPACES.matcher(written).replaceAll(" ");
        int from = evidence.startsWith(" ") ? 1 : 0;
        int to = Math.max(from, evidence.length() - (evidence.endsWith(" ") ? 1 : 0));
        return evidence.codePointCount(from, to);
    }

    /** Whether notes back this score well enough: always, unless it needs evidence. */
    public boolean hasEvidenceFor(int score, String notes) {
        return !needsEvidence(score) || evidenceLength(notes) >= evidenceMinChars;
    }
}
