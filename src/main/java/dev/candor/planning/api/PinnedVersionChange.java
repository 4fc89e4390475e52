package dev.candor.planning.api;

/** One field that differs between the pinned and the newest version of a question. */
public record PinnedVersionChange(String field, String pinned, String newest) {}
