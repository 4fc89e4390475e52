package dev.candor.scoring.application;

import dev.candor.scoring.domain.Amendment;
import dev.candor.scoring.domain.Scorecard;
import dev.candor.shared.domain.AuditableEvent;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the audit log records of a scorecard's submission and amendments: who, which scorecard and
 * which values, never the words (notes and summaries may be erased later).
 */
final class ScorecardAudit {

    private ScorecardAudit() {}

    static AuditableEvent submitted(Scorecard scorecard, int ratings) {
        return new AuditableEvent(
                "scorecard.submitted",
                scorecard.getInterviewer(),
                "scorecard:" + scorecard.getId(),
                Map.of(
                        "interview", String.valueOf(scorecard.getInterviewId()),
                        "candidate", String.valueOf(scorecard.getCandidateId()),
                        "recommendation", String.valueOf(scorecard.getRecommendation()),
                        "ratings", String.valueOf(ratings)));
    }

    /** Which values changed, never the words: notes and summaries may be erased later. */
    static AuditableEvent amended(Scorecard scorecard, Amendment amendment) {
        String fields =
                amendment.getChanges().stream()
                        .map(
                                change ->
                                        change.getField()
                                                + (change.getPosition() == null
                                                        ? ""
                                                        : "@" + change.getPosition()))
                        .collect(Collectors.joining(","));
        return new AuditableEvent(
                "scorecard.amended",
                amendment.getAmendedBy(),
                "scorecard:" + scorecard.getId(),
                Map.of(
                        "amendment", String.valueOf(amendment.getId()),
                        "candidate", String.valueOf(scorecard.getCandidateId()),
                        "changed", fields));
    }
}
