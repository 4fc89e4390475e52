package dev.candor.questionbank.domain;

import java.time.Instant;
import java.util.Objects;

/** Who changed a question, when, and in their words why: the history shown beside each version. */
public record Change(String author, Instant at, String note) {

    public static final TextRule AUTHOR = new TextRule(64, true);
    public static final TextRule NOTE = new TextRule(500, false);

    public Change {
        author = AUTHOR.require("author", author);
        Objects.requireNonNull(at, "A change needs a time.");
        note = NOTE.require("change note", note);
    }
}
