package dev.candor.questionbank.domain;

/**
 * Something wrong with what was written for a question.
 *
 * @param position which probe or tag (counting from 1), or the score of an anchor; 0 for whole
 *     fields
 */
public record ContentProblem(QuestionField field, int position, String message) {

    public static ContentProblem of(QuestionField field, String message) {
        return new ContentProblem(field, 0, message);
    }

    @Override
    public String toString() {
        String where = field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return (position == 0 ? where : where + " " + position) + ": " + message;
    }
}
