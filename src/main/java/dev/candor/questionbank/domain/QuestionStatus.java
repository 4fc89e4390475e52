package dev.candor.questionbank.domain;

/** Where a question is in its life: only active questions can be put into new interview plans. */
public enum QuestionStatus {
    DRAFT,
    ACTIVE,
    RETIRED;

    /**
     * A question never returns to draft: once interviewers may have seen it, changes make versions.
     */
    public boolean canBecome(QuestionStatus next) {
        return switch (this) {
            case DRAFT -> next == ACTIVE || next == RETIRED;
            case ACTIVE -> next == RETIRED;
            case RETIRED -> next == ACTIVE;
        };
    }
}
