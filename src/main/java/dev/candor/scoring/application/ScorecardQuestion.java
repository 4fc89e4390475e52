package dev.candor.scoring.application;

import dev.candor.questionbank.domain.QuestionKind;
import java.util.List;

/**
 * One question of an interview, in the order asked ({@code position} from 1), pinned to the
 * question version the interview's plan chose. {@code minutes} is the question's time budget.
 */
public record ScorecardQuestion(
        int position,
        long questionVersionId,
        String text,
        QuestionKind kind,
        String competency,
        String guidance,
        List<String> probes,
        List<Anchor> anchors,
        int minutes) {

    public ScorecardQuestion {
        probes = List.copyOf(probes);
        anchors = List.copyOf(anchors);
    }

    public record Anchor(int score, String label, String description) {}
}
