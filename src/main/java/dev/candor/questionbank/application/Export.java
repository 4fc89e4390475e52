package dev.candor.questionbank.application;

/** An exported file, ready to download. */
public record Export(String fileName, String mediaType, byte[] content) {}
