package dev.candor.shared.domain;

import java.util.Map;
import java.util.Objects;

/**
 * Something that happened which the audit log must account for: a sign-in, a role change, a
 * submission, an export, an erasure. Capabilities fire it as a CDI event inside the transaction
 * that makes the change, so the entry is written with the change or not at all; the audit
 * capability observes it. Details carry ids and kinds, never the personal data an erasure removes.
 *
 * @param type what happened, dotted lower case (e.g. {@code signin.failed}, {@code
 *     scorecard.submitted})
 * @param actor the username of who did it, or {@code null} for an anonymous or system action
 * @param subject what it happened to, as {@code kind:id} (e.g. {@code scorecard:42}), or {@code
 *     null}
 * @param details further facts as names and values (the audit log sorts them by name for its hash
 *     chain)
 */
public record AuditableEvent(
        String type, String actor, String subject, Map<String, String> details) {

    public AuditableEvent {
        Objects.requireNonNull(type, "type");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditableEvent of(String type, String actor, String subject) {
        return new AuditableEvent(type, actor, subject, Map.of());
    }
}
