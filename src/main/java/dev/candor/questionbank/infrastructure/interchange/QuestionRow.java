package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.RubricAnchor;
import java.util.List;

/** One question as a file spells it, before any of it is checked. */
record QuestionRow(
        int row,
        String text,
        String kind,
        String competency,
        String guidance,
        List<String> probes,
        List<RubricAnchor> anchors,
        List<String> tags,
        String status,
        String sourceFile,
        String sourceIdea) {}
