package dev.candor.planning.application;

/**
 * Fired (CDI, synchronously, inside the transaction) when an interview is cancelled, while it can
 * still be read: before its panel members are announced as removed and before it is deleted.
 */
public record InterviewCancelled(long interviewId) {}
