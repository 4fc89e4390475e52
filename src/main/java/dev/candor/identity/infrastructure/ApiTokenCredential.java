package dev.candor.identity.infrastructure;

import jakarta.security.enterprise.credential.Credential;

/** The secret of a personal API token, as sent in {@code Authorization: Bearer …}. */
public record ApiTokenCredential(String secret) implements Credential {}
