package dev.candor.shared.infrastructure.outbox;

import dev.candor.shared.infrastructure.persistence.InstantAttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message waiting to leave Candor: what kind of delivery takes it (e-mail today, webhooks later),
 * its payload in that delivery's own format, and how its attempts went. Only {@link Outbox} creates
 * one; only {@link OutboxClaims} moves it through its states, with conditional updates so that two
 * nodes can never both send it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final int LABEL = 300;
    public static final int ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "dedupe_key", length = 200)
    private String dedupeKey;

    @Column(nullable = false, length = LABEL)
    private String label;

    @Column(nullable = false, length = 1_000_000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxState state;

    @Column(nullable = false)
    private int attempts;

    @Convert(converter = InstantAttributeConverter.class)
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Convert(converter = InstantAttributeConverter.class)
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Convert(converter = InstantAttributeConverter.class)
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Convert(converter = InstantAttributeConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR)
    private String lastError;

    @Convert(converter = InstantAttributeConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected OutboxMessage() {}

    OutboxMessage(String kind, String dedupeKey, String label, String payload, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.dedupeKey = dedupeKey;
        this.label = cut(Objects.requireNonNull(label), LABEL);
        this.payload = Objects.requireNonNull(payload);
        this.state = OutboxState.PENDING;
        this.nextAttemptAt = Objects.requireNonNull(now);
        this.createdAt = now;
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public Optional<String> getDedupeKey() {
        return Optional.ofNullable(dedupeKey);
    }

    /** One line for the administrator: who it is for and what it is about. */
    public String getLabel() {
        return label;
    }

    public String getPayload() {
        return payload;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
