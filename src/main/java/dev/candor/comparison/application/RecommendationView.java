package dev.candor.comparison.application;

import java.time.Instant;
import java.util.List;

/** One submitted scorecard's overall call; {@code scorecardId} leads to its audit trail. */
public record RecommendationView(
        long scorecardId,
        String interviewer,
        String displayName,
        String stage,
        String recommendation,
        String summary,
        Instant submittedAt,
        boolean amended,
        List<AmendmentNote> amendments) {}
