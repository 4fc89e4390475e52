package dev.candor.questionbank.application;

import java.util.List;

/**
 * Where a question is used outside the bank: the bank asks before it edits a draft in place or shows
 * "where is this used". The bank has a default implementation ("not in use"); interview planning replaces it.
 */
public interface QuestionUsage {

    boolean isInUse(long questionId);

    /** Human-readable places that use the question, such as an opening's plan stage. */
    List<String> usedBy(long questionId);
}
