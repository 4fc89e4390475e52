package dev.candor.debrief.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that have no place in an evaluation: protected or non-job-related characteristics (age,
 * pregnancy or family plans, religion, ethnicity, nationality, disability, appearance) and vague
 * impressions instead of evidence ("culture fit"). The list is data, a bundle per language ({@code
 * dev/candor/debrief/non-job-related-language.properties}, English first): per category a
 * comma-separated list of phrases and an explanation. A phrase matches whole words, case-blind; a
 * trailing {@code *} matches any ending ({@code pregnan*}).
 */
public final class NonJobRelatedLanguage {

    public static final String BUNDLE = "dev.candor.debrief.non-job-related-language";

    private record Phrase(Pattern pattern, String category, String explanation) {}

    private final List<Phrase> phrases;

    private NonJobRelatedLanguage(List<Phrase> phrases) {
        this.phrases = phrases;
    }

    public static NonJobRelatedLanguage load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        List<Phrase> phrases = new ArrayList<>();
        for (String key : bundle.keySet()) {
            if (!key.endsWith(".phrases")) {
                continue;
            }
            String category = key.substring(0, key.length() - ".phrases".length());
            String explanation = bundle.getString(category + ".explanation");
            for (String phrase : bundle.getString(key).split(",")) {
                if (!phrase.isBlank()) {
                    phrases.add(new Phrase(pattern(phrase.strip()), category, explanation));
                }
            }
        }
        return new NonJobRelatedLanguage(phrases);
    }

    private static Pattern pattern(String phrase) {
        boolean open = phrase.endsWith("*");
        String words = open ? phrase.substring(0, phrase.length() - 1) : phrase;
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] parts = words.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\-]+");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        regex.append(open ? "[\\p{L}\\p{N}]*" : "").append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every phrase of the list in {@code text}, in reading order, overlapping ones once. */
    public List<LanguageMatch> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<LanguageMatch> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            Matcher matcher = phrase.pattern().matcher(text);
            while (matcher.find()) {
                found.add(
                        new LanguageMatch(
                                matcher.group(),
                                phrase.category(),
                                phrase.explanation(),
                                matcher.start(),
                                text));
            }
        }
        found.sort(
                Comparator.comparingInt(LanguageMatch::start)
                        .thenComparing(m -> -m.text().length()));
        List<LanguageMatch> distinct = new ArrayList<>();
        int reached = -1;
        for (LanguageMatch match : found) {
            if (match.start() >= reached) {
                distinct.add(match);
                reached = match.end();
            }
        }
        return distinct;
    }
}
