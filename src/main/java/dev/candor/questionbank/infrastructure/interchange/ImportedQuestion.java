package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.Change;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionContent;
import dev.candor.questionbank.domain.QuestionSource;
import dev.candor.questionbank.domain.QuestionStatus;

/**
 * A question read from a file and found valid, ready to enter the bank.
 *
 * @param source null when the file names none
 */
public record ImportedQuestion(
        int row, QuestionContent content, QuestionStatus status, QuestionSource source) {

    /**
     * Imported questions are always new questions: ids and versions in the file only describe where
     * they came from.
     */
    public Question toQuestion(Change change) {
        Question question = Question.draft(content, source, change);
        question.changeStatus(status);
        return question;
    }
}
