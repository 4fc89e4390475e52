package dev.candor.comparison.application;

/** A panel member whose scorecard is not submitted yet. */
public record PendingView(String interviewer, String displayName, String stage) {}
