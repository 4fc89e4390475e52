package dev.candor.planning.application;

import java.util.List;

/**
 * A scheduled (or rescheduled) interview and the warnings the person should see, such as double
 * bookings.
 */
public record Scheduled(InterviewView interview, List<String> warnings) {}
