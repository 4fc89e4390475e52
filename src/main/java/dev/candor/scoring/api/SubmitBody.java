package dev.candor.scoring.api;

/** {@code recommendation} is STRONG_NO, NO, YES or STRONG_YES. */
public record SubmitBody(String recommendation, String summary) {}
