package dev.candor.debrief.domain;

/**
 * A phrase of the non-job-related word list found in notes or a summary.
 *
 * @param text what was written (as written)
 * @param category the list's category (age, religion, vague-impression, …)
 * @param explanation why it has no place in an evaluation
 * @param start where it starts in {@code source}
 * @param source the notes or summary it was found in
 */
public record LanguageMatch(
        String text, String category, String explanation, int start, String source) {

    public int end() {
        return start + text.length();
    }
}
