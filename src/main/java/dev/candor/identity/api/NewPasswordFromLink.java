package dev.candor.identity.api;

/** The secret of a password reset link (its {@code token} parameter) and the new password. */
public record NewPasswordFromLink(String token, String newPassword) {}
