package dev.candor.questionbank.domain;

import java.util.Locale;

/**
 * What makes two questions the same question to a recruiter: the same words for the same
 * competency, ignoring case and spacing. Used to stop an import from doubling questions already in
 * the bank.
 */
public record QuestionKey(String text, String competency) {

    public QuestionKey {
        text = comparable(text);
        competency = comparable(competency);
    }

    private static String comparable(String value) {
        return TextRule.normalise(value).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
