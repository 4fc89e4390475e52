package dev.candor.planning.application;

/**
 * Fired (CDI, synchronously, inside the transaction) when an interview's start or length changed,
 * after any panel change of the same request. Notifications observe it to update calendars.
 */
public record InterviewMoved(long interviewId) {}
