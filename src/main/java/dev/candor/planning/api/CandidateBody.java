package dev.candor.planning.api;

/** The body of POST and PUT on a candidate. */
public record CandidateBody(String name, String email, String phone, String notes, String status) {}
