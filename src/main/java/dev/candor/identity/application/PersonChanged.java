package dev.candor.identity.application;

/**
 * A person's roles or active state changed; anything remembered about them is out of date once this
 * commits.
 */
public record PersonChanged(String username) {}
