package dev.candor.audit.domain;

import dev.candor.shared.domain.AuditableEvent;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of the audit log, chained to the line before: its hash is SHA-256 over the previous
 * line's hash and this line's canonical form, so changing or removing any stored line breaks the
 * chain from there on. Once written it never changes (no setters, no updatable columns).
 */
@Entity
@Cacheable(false)
@Table(name = "audit_entry")
public class AuditEntry {

    /** The hash the first entry links to. */
    public static final String GENESIS = "0".repeat(64);

    static final int MAX_VALUE = 500;

    @Id
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "event_type", nullable = false, updatable = false, length = 64)
    private String type;

    @Column(updatable = false, length = 64)
    private String actor;

    @Column(updatable = false, length = 100)
    private String subject;

    @Column(nullable = false, updatable = false, length = 4000)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {}

    AuditEntry(long id, Instant occurredAt, AuditableEvent event, String previousHash) {
        this.id = id;
        // Milliseconds survive every database's timestamp, so the hash can be recomputed from the
        // row.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.type = cut(event.type(), 64);
        this.actor = event.actor() == null ? null : cut(event.actor(), 64);
        this.subject = event.subject() == null ? null : cut(event.subject(), 100);
        this.details = canonicalDetails(event.details());
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** The details as a JSON object, names in order, values cut to a bounded length. */
    public static String canonicalDetails(Map<String, String> details) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(details)
                .forEach(
                        (name, value) -> {
                            if (value == null) {
                                json.addNull(name);
                            } else {
                                json.add(name, cut(value, MAX_VALUE));
                            }
                        });
        return json.build().toString();
    }

    /** Every stored field but the hashes, in a fixed order, as JSON. */
    public String canonicalForm() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id);
        json.add("occurredAt", occurredAt.toString()).add("type", type);
        addOrNull(json, "actor", actor);
        addOrNull(json, "subject", subject);
        return json.add("details", details).build().toString();
    }

    public String computeHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(canonicalForm().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether this line, as stored, still carries the hash it was written with. */
    public boolean isIntact() {
        return hash.equals(computeHash());
    }

    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
