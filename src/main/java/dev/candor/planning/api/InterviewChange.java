package dev.candor.planning.api;

import java.util.List;

/** The body of PATCH on an interview: what to change (null keeps it). */
public record InterviewChange(String startsAt, Integer minutes, List<String> panel) {}
