package dev.candor.scoring.application;

import java.time.Instant;

/**
 * The server's confirmation of one autosave: the revision now stored for the question, and when it
 * was saved.
 */
public record SavedRating(int position, long revision, Instant savedAt) {}
