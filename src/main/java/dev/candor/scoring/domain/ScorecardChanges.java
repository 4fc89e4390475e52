package dev.candor.scoring.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an amendment asks to change. Each rating given replaces the whole rating at its position; a
 * null recommendation or summary means "leave as it is".
 */
public record ScorecardChanges(
        Map<Integer, RatingContent> ratings, Recommendation recommendation, String summary) {

    public ScorecardChanges {
        ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(ratings));
    }
}
