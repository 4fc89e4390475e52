package dev.candor.questionbank.api;

import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionVersion;
import java.time.Instant;
import java.util.List;

/**
 * A question as the API shows it: one version (the current one unless asked otherwise) and the
 * question's status.
 */
public record QuestionView(
        long id,
        int version,
        int currentVersion,
        String text,
        String kind,
        String competency,
        String guidance,
        List<String> probes,
        List<AnchorView> anchors,
        List<String> tags,
        String status,
        SourceView source,
        String changedBy,
        Instant changedAt,
        String changeNote) {

    public record AnchorView(int score, String label, String description) {}

    public record SourceView(String file, String idea) {}

    static QuestionView of(Question question) {
        return of(question, question.getCurrentVersion());
    }

    static QuestionView of(Question question, QuestionVersion version) {
        return new QuestionView(
                question.getId(),
                version.getNumber(),
                question.getCurrentVersion().getNumber(),
                version.getText(),
                version.getKind().name(),
                version.getCompetency().getName(),
                version.getGuidance(),
                version.getProbes(),
                version.getAnchors().stream()
                        .map(a -> new AnchorView(a.getScore(), a.getLabel(), a.getDescription()))
                        .toList(),
                version.getTags(),
                question.getStatus().name(),
                question.getSource()
                        .map(s -> new SourceView(s.getFile(), s.getIdea()))
                        .orElse(null),
                version.getChangedBy(),
                version.getChangedAt(),
                version.getChangeNote());
    }
}
