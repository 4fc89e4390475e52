package dev.candor.comparison.application;

/** A column of the matrix: an interviewer whose scorecard for the candidate is submitted. */
public record Interviewer(String username, String displayName, Double score) {}
