package dev.candor.scoring.application;

import java.time.Instant;

/**
 * The server's confirmation of a draft save of the recommendation and summary: the revision now
 * stored, and when.
 */
public record SavedDraft(long revision, Instant updatedAt) {}
