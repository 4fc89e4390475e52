package dev.candor.scoring.application;

import java.time.Instant;

/** Confirmation of a submission. */
public record SubmittedScorecard(long id, Instant submittedAt) {}
