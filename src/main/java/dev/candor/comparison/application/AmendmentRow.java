package dev.candor.comparison.application;

import java.time.Instant;

/** An amendment of a submitted scorecard, with its reason. */
public record AmendmentRow(long scorecardId, String amendedBy, Instant amendedAt, String reason) {}
