package dev.candor.questionbank.application;

import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;

/**
 * Which questions of the bank to list or export; every part is optional.
 *
 * @param competencyId only questions for this competency
 * @param tag only questions with this tag (ignoring case)
 * @param search words that the current text or guidance contain (ignoring case)
 */
public record QuestionFilter(
        Long competencyId, QuestionKind kind, QuestionStatus status, String tag, String search) {

    public static final QuestionFilter ALL = new QuestionFilter(null, null, null, null, null);

    public QuestionFilter {
        tag = blankToNull(tag);
        search = blankToNull(search);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public QuestionFilter withStatus(QuestionStatus newStatus) {
        return new QuestionFilter(competencyId, kind, newStatus, tag, search);
    }
}
