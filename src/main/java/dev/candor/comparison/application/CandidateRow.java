package dev.candor.comparison.application;

/** A candidate of the opening. */
public record CandidateRow(long id, String name, String status) {}
