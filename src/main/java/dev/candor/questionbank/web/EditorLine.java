package dev.candor.questionbank.web;

import java.io.Serializable;

/** A probe being written; a holder, since inputs in a repeat need something to write into. */
public class EditorLine implements Serializable {
    private static final long serialVersionUID = 1L;
    String text;

    EditorLine(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
