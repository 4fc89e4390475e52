package dev.candor.identity.api;

import java.time.Instant;

/** A one-time link that sets a person's password: shown to the administrator once. */
public record PasswordResetLinkView(String username, String link, Instant expiresAt) {}
