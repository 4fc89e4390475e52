package dev.candor.audit.application;

import java.time.Instant;

/**
 * What to look for in the audit log; every criterion is optional.
 *
 * @param type an event type, or its first part ({@code signin} finds {@code signin.failed})
 * @param page counted from 0
 */
public record AuditQuery(Instant from, Instant to, String actor, String type, int page, int size) {

    public static final int MAX_SIZE = 500;

    public AuditQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
        actor = blankToNull(actor);
        type = blankToNull(type);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
