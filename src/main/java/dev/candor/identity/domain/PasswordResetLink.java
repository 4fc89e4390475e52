package dev.candor.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A one-time link with which a person sets a new password after an administrator reset it. It works
 * once, until it expires, and only while it is the person's newest link. Only the SHA-256 digest of
 * its 256-bit secret is stored (see {@link ApiToken}): whoever reads the database cannot use it.
 */
@Entity
@Table(name = "password_reset_link")
@NamedQuery(
        name = PasswordResetLink.BY_HASH,
        query = "select l from PasswordResetLink l join fetch l.person where l.tokenHash = :hash")
@NamedQuery(
        name = PasswordResetLink.OPEN_OF_PERSON,
        query =
                "select l from PasswordResetLink l where l.person = :person "
                        + "and l.usedAt is null and l.withdrawnAt is null")
public class PasswordResetLink {

    public static final String BY_HASH = "PasswordResetLink.byHash";
    public static final String OPEN_OF_PERSON = "PasswordResetLink.openOfPerson";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether the link can still set a password, and if not, why. */
    public enum State {
        USABLE,
        USED,
        EXPIRED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User person;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected PasswordResetLink() {}

    private PasswordResetLink(
            User person, String issuedBy, String secret, Instant now, Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A reset link must be valid for some time.");
        }
        this.person = Objects.requireNonNull(person);
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.tokenHash = ApiToken.digest(secret);
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(validity);
    }

    /** Creates a link; its secret is shown once and never stored. */
    public static Issued issue(User person, String issuedBy, Instant now, Duration validity) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(new PasswordResetLink(person, issuedBy, secret, now, validity), secret);
    }

    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /** Marks the link used; a link that is not usable any more refuses, saying why. */
    public void use(Instant now) {
        State state = stateAt(now);
        if (state != State.USABLE) {
            throw new IllegalStateException("This reset link is " + state + ".");
        }
        usedAt = now;
    }

    /** A newer link for the same person replaces this one. */
    public void withdraw(Instant now) {
        if (usedAt == null && withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public User getPerson() {
        return person;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    /** A freshly issued link with the secret that goes into its address. */
    public record Issued(PasswordResetLink link, String secret) {}
}
