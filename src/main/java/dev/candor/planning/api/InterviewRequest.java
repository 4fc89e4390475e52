package dev.candor.planning.api;

import java.util.List;

/** The body of POST on an opening's interviews. */
public record InterviewRequest(
        Long candidateId, String stage, String startsAt, Integer minutes, List<String> panel) {}
