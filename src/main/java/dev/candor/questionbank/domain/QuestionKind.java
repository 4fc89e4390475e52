package dev.candor.questionbank.domain;

/** How a question draws out evidence: from what the candidate has done, or would do. */
public enum QuestionKind {
    /** "Tell me about a time…": past behaviour, the stronger predictor. */
    BEHAVIOURAL,
    /** "What would you do if…": for candidates without the relevant experience. */
    SITUATIONAL
}
