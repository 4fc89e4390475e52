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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A personal API token. Only its SHA-256 digest is stored: the token is 256 random bits, so a fast
 * digest is safe here, unlike for passwords, and keeps each API call cheap.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
        name = ApiToken.BY_HASH,
        query = "select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
@NamedQuery(
        name = ApiToken.OF_OWNER,
        query =
                "select t from ApiToken t where t.owner.username = :username order by t.createdAt desc")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_OWNER = "ApiToken.ofOwner";
    public static final String SECRET_PREFIX = "cnd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User owner;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    private ApiToken(User owner, String name, String secret, Instant createdAt) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A token needs a name of 1 to 100 characters.");
        }
        this.owner = Objects.requireNonNull(owner);
        this.name = name.trim();
        this.tokenHash = digest(secret);
        this.tokenPrefix = secret.substring(0, 10);
        this.createdAt = createdAt;
    }

    /** Creates a token; the secret is shown to its owner once and never stored. */
    public static Issued issue(User owner, String name, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret =
                SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(new ApiToken(owner, name, secret, now), secret);
    }

    public static String digest(String secret) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean isUsable() {
        return revokedAt == null && owner.isActive();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void markUsed(Instant now) {
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public User getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** A freshly issued token with the secret its owner must copy now. */
    public record Issued(ApiToken token, String secret) {}
}
