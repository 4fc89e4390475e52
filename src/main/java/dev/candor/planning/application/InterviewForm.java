package dev.candor.planning.application;

import java.time.Instant;
import java.util.List;

/**
 * Scheduling an interview: the candidate, the plan stage by name, when, how long, and the panel's
 * usernames.
 */
public record InterviewForm(
        Long candidateId, String stage, Instant startsAt, Integer minutes, List<String> panel) {

    public InterviewForm {
        panel = panel == null ? List.of() : List.copyOf(panel);
    }
}
