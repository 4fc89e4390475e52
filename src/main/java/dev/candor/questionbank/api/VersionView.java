package dev.candor.questionbank.api;

import dev.candor.questionbank.domain.QuestionVersion;
import java.time.Instant;

/** One entry of a question's history. */
public record VersionView(
        int version, String text, String changedBy, Instant changedAt, String changeNote) {

    static VersionView of(QuestionVersion version) {
        return new VersionView(
                version.getNumber(),
                version.getText(),
                version.getChangedBy(),
                version.getChangedAt(),
                version.getChangeNote());
    }
}
