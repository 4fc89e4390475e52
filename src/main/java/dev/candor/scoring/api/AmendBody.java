package dev.candor.scoring.api;

import java.util.Map;

/**
 * An amendment: the reason, and only what changes. {@code ratings} is keyed by position ("2"); each
 * replaces the whole rating there. A missing recommendation or summary stays as it is.
 */
public record AmendBody(
        String reason, Map<String, RatingBody> ratings, String recommendation, String summary) {}
