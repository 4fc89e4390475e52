package dev.candor.planning.api;

import java.util.List;

/**
 * The body of POST and PUT on a candidate; {@code links} and {@code source} (the profile) are left
 * as they are when absent.
 */
public record CandidateBody(
        String name,
        String email,
        String phone,
        String notes,
        String status,
        List<String> links,
        String source) {}
