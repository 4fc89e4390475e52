package dev.candor.scoring.api;

import java.math.BigDecimal;

/**
 * The finish step's draft as the autosave sends it: {@code recommendation} is STRONG_NO, NO, YES,
 * STRONG_YES or null (none chosen yet); {@code clientRevision} is required.
 */
public record DraftBody(String recommendation, String summary, BigDecimal clientRevision) {}
