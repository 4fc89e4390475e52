package dev.candor.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What an answer worth one score looks like: a short label and the behaviour an interviewer can
 * observe. Interviewers score by reading the anchors alone, so the description carries the meaning.
 */
@Embeddable
public class RubricAnchor {

    public static final int MAX_LABEL = 80;
    public static final int MAX_DESCRIPTION = 1000;
    public static final TextRule LABEL = new TextRule(MAX_LABEL, true);
    public static final TextRule DESCRIPTION = new TextRule(MAX_DESCRIPTION, true);

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    protected RubricAnchor() {}

    /**
     * Label and description are checked with the rest of the question, so all problems surface
     * together.
     */
    public RubricAnchor(int score, String label, String description) {
        if (!isScore(score)) {
            throw new IllegalArgumentException(
                    "An anchor's score is from "
                            + RatingScale.LOWEST
                            + " to "
                            + RatingScale.HIGHEST
                            + ", not "
                            + score
                            + ".");
        }
        this.score = score;
        this.label = TextRule.normalise(label);
        this.description = TextRule.normalise(description);
    }

    public static boolean isScore(int value) {
        return RatingScale.contains(value);
    }

    public int getScore() {
        return score;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RubricAnchor that
                && score == that.score
                && label.equals(that.label)
                && description.equals(that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(score, label, description);
    }

    @Override
    public String toString() {
        return score + " " + label + ": " + description;
    }
}
