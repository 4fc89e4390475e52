package dev.candor.identity.application;

import dev.candor.identity.domain.ApiToken;
import dev.candor.identity.domain.SignInPolicy;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.AuditableEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks passwords and API tokens, and locks accounts after repeated wrong passwords. */
@ApplicationScoped
public class SignInService {

    /**
     * Recording every API call would write on each request; once a minute is enough to show use.
     */
    private static final Duration TOKEN_USE_RESOLUTION = Duration.ofMinutes(1);

    /**
     * Long enough to spare the autosave a query per request, short enough for changes made
     * elsewhere.
     */
    private static final Duration RECHECK_SIGNED_IN_AFTER = Duration.ofSeconds(5);

    private final SignedInPeople signedInPeople = new SignedInPeople(RECHECK_SIGNED_IN_AFTER);

    @PersistenceContext private EntityManager em;

    @Inject private Passwords passwords;

    @Inject private Clock clock;

    @Inject private Event<AuditableEvent> audit;

    @Inject
    @ConfigProperty(name = "candor.signin.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "candor.signin.lock-minutes", defaultValue = "15")
    private int lockMinutes;

    @Transactional
    public SignInOutcome signIn(String username, String password) {
        Optional<User> found = findUser(username);
        if (found.isEmpty() || password == null) {
            passwords.spendTimeOnUnknownUser(password == null ? "" : password);
            // What was typed as a username is not recorded: people type passwords there too.
            audit.fire(failed(null, "unknown-user"));
            return SignInOutcome.wrongCredentials();
        }
        User user = found.get();
        Instant now = clock.instant();
        if (user.isLocked(now)) {
            audit.fire(failed(user.getUsername(), "locked"));
            return SignInOutcome.locked(user.getLockedUntil().orElseThrow());
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            user.recordFailedSignIn(
                    now, new SignInPolicy(maxFailures, Duration.ofMinutes(lockMinutes)));
            audit.fire(failed(user.getUsername(), "wrong-password"));
            if (user.isLocked(now)) {
                audit.fire(
                        new AuditableEvent(
                                "signin.lockout",
                                user.getUsername(),
                                "user:" + user.getUsername(),
                                Map.of("until", user.getLockedUntil().orElseThrow().toString())));
            }
            return user.isLocked(now)
                    ? SignInOutcome.locked(user.getLockedUntil().orElseThrow())
                    : SignInOutcome.wrongCredentials();
        }
        if (!user.isActive()) {
            audit.fire(failed(user.getUsername(), "deactivated"));
            return SignInOutcome.deactivated();
        }
        user.recordSuccessfulSignIn();
        audit.fire(
                AuditableEvent.of(
                        "signin.succeeded", user.getUsername(), "user:" + user.getUsername()));
        return SignInOutcome.signedIn(user.getUsername(), user.getRoles());
    }

    @Transactional
    public SignInOutcome signInWithToken(String secret) {
        Optional<ApiToken> token =
                em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                        .setParameter("hash", ApiToken.digest(secret))
                        .getResultStream()
                        .findFirst();
        if (token.isEmpty() || !token.get().isUsable()) {
            audit.fire(
                    new AuditableEvent(
                            "signin.failed",
                            token.map(t -> t.getOwner().getUsername()).orElse(null),
                            token.map(t -> "token:" + t.getId()).orElse(null),
                            Map.of(
                                    "reason",
                                    token.isEmpty() ? "unknown-token" : "revoked-or-deactivated")));
            return SignInOutcome.wrongCredentials();
        }
        Instant now = clock.instant();
        Instant lastUsed = token.get().getLastUsedAt();
        if (lastUsed == null || lastUsed.plus(TOKEN_USE_RESOLUTION).isBefore(now)) {
            token.get().markUsed(now);
        }
        User owner = token.get().getOwner();
        return SignInOutcome.signedIn(owner.getUsername(), owner.getRoles());
    }

    /**
     * Whether a signed-in person may go on, asked on every request; deactivation and role changes
     * made here apply to their next request (see {@link SignedInPeople}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignInOutcome> stillSignedIn(String username) {
        return signedInPeople.stillSignedIn(
                username,
                clock.instant(),
                () ->
                        findUser(username)
                                .filter(User::isActive)
                                .map(
                                        user ->
                                                SignInOutcome.signedIn(
                                                        user.getUsername(), user.getRoles())));
    }

    void personChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonChanged change) {
        signedInPeople.forget(change.username());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> displayNameOf(String username) {
        return findUser(username).map(User::getDisplayName);
    }

    private static AuditableEvent failed(String username, String reason) {
        return new AuditableEvent(
                "signin.failed",
                username,
                username == null ? null : "user:" + username,
                Map.of("reason", reason));
    }

    private Optional<User> findUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
