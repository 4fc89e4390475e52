package dev.candor.questionbank.web;

import java.io.Serializable;

/** One of the five rows of the rating scale editor. */
public class EditorAnchorRow implements Serializable {
    private static final long serialVersionUID = 1L;
    final int score;
    String label;
    String description;

    EditorAnchorRow(int score) {
        this.score = score;
    }

    public int getScore() {
        return score;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isFilled() {
        return (label != null && !label.isBlank())
                || (description != null && !description.isBlank());
    }
}
