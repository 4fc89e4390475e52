package dev.candor.planning.api;

import java.util.List;
import java.util.Map;

/**
 * The body of POST on an opening's interviews; {@code seniority}: per panel username JUNIOR, MID,
 * SENIOR or LEAD (the debrief's speaking order).
 */
public record InterviewRequest(
        Long candidateId,
        String stage,
        String startsAt,
        Integer minutes,
        List<String> panel,
        Map<String, String> seniority) {}
