package dev.candor.planning.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scheduling an interview: the candidate, the plan stage by name, when, how long, and the panel's
 * usernames.
 */
public record InterviewForm(
        Long candidateId, String stage, Instant startsAt, Integer minutes, List<String> panel) {

    /** A null member is kept (List.copyOf would throw) so the service names it as a problem. */
    public InterviewForm {
        panel = panel == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(panel));
    }
}
