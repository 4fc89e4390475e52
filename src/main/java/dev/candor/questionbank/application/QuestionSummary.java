package dev.candor.questionbank.application;

import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.QuestionVersion;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One row of the bank list: the current version of a question, without its rubric. */
public record QuestionSummary(
        long id,
        int version,
        String text,
        QuestionKind kind,
        String competency,
        QuestionStatus status,
        List<String> tags,
        String changedBy,
        Instant changedAt)
        implements Serializable {

    static QuestionSummary of(QuestionVersion current) {
        return new QuestionSummary(
                current.getQuestion().getId(),
                current.getNumber(),
                current.getText(),
                current.getKind(),
                current.getCompetency().getName(),
                current.getQuestion().getStatus(),
                current.getTags(),
                current.getChangedBy(),
                current.getChangedAt());
    }
}
