package dev.candor.planning.application;

import java.util.List;

/** One question of an interview as the scorecard shows it; scoring builds its screen from these. */
public record InterviewQuestionView(
        int position,
        long questionId,
        long questionVersionId,
        int version,
        String text,
        String kind,
        String competency,
        String guidance,
        List<String> probes,
        List<Anchor> anchors,
        int minutes)
        implements java.io.Serializable {

    public record Anchor(int score, String label, String description)
            implements java.io.Serializable {}
}
