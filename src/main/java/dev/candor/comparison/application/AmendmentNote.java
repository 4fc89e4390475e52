package dev.candor.comparison.application;

import java.time.Instant;

/** An amendment after submission, with the reason given. */
public record AmendmentNote(String amendedBy, Instant amendedAt, String reason) {}
