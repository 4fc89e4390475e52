package dev.candor.questionbank.domain;

/** A change the question's status does not allow, such as editing a retired question. */
public class QuestionStateException extends RuntimeException {

    public QuestionStateException(String message) {
        super(message);
    }
}
