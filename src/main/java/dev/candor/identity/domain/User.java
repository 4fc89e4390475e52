package dev.candor.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A person who signs in to Candor. Deactivated people keep their data but cannot sign in. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.username = :username")
@NamedQuery(name = User.ALL, query = "select u from User u order by u.username")
@NamedQuery(name = User.COUNT, query = "select count(u) from User u")
public class User {

    public static final String BY_USERNAME = "User.byUsername";
    public static final String ALL = "User.all";
    public static final String COUNT = "User.count";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected User() {}

    public User(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Collection<Role> roles,
            Instant createdAt) {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException(
                    "A username is 2 to 64 lower-case letters, digits, dots, "
                            + "dashes or underscores, starting with a letter or digit.");
        }
        this.username = username;
        this.displayName = requireText(displayName, "display name");
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.active = true;
        assignRoles(roles);
    }

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required.");
        }
        return value.trim();
    }

    public void assignRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role.");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void rename(String newDisplayName, String newEmail) {
        this.displayName = requireText(newDisplayName, "display name");
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.trim();
    }

    /**
     * A short digest of the password hash: it changes whenever the password does, so sessions
     * signed in with the old password can tell, without keeping the hash itself in the session.
     */
    public String credentialStamp() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** The zone this person's times are entered and shown in; empty until they choose one. */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    public void chooseTimeZone(ZoneId zone) {
        this.timeZone = Objects.requireNonNull(zone).getId();
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}
