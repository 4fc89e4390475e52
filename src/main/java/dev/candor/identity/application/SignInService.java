package dev.candor.identity.application;

import dev.candor.identity.domain.ApiToken;
import dev.candor.identity.domain.SignInPolicy;
import dev.candor.identity.domain.SignInThrottle;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.AuditableEvent;
import jakarta.annotation.PostConstruct;
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

/** Checks passwords and API tokens, and pauses sign-ins after repeated wrong passwords. */
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

    @Inject
    @ConfigProperty(name = "candor.signin.max-failures-per-address", defaultValue = "20")
    private int maxFailuresPerAddress;

    private SignInCheck check;

    @PostConstruct
    void configure() {
        SignInPolicy policy =
                new SignInPolicy(
                        maxFailures,
                        Math.max(maxFailures, maxFailuresPerAddress),
                        Duration.ofMinutes(lockMinutes));
        check = new SignInCheck(passwords::verify, new SignInThrottle(policy));
    }

    /**
     * Checks a username and password sent from a client address; repeated failures pause that
     * username from that address, and that address altogether (see {@link SignInThrottle}).
     */
    @Transactional
    public SignInOutcome signIn(String username, String password, String clientAddress) {
        String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Optional<User> found = findUser(normalised);
        SignInOutcome outcome =
                check.check(normalised, found, password, clientAddress, clock.instant());
        audit.fire(auditEntryFor(outcome, found));
        return outcome;
    }

    /** A username that matches no account is not recorded: people type passwords there too. */
    private static AuditableEvent auditEntryFor(SignInOutcome outcome, Optional<User> found) {
        String known = found.map(User::getUsername).orElse(null);
        return switch (outcome.status()) {
            case SIGNED_IN -> AuditableEvent.of("signin.succeeded", known, "user:" + known);
            case WRONG_CREDENTIALS ->
                    failed(known, known == null ? "unknown-user" : "wrong-password");
            case LOCKED -> failed(known, "paused");
            case DEACTIVATED -> failed(known, "deactivated");
        };
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
        return SignInOutcome.signedIn(
                owner.getUsername(), owner.getRoles(), owner.credentialStamp());
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
                                                        user.getUsername(),
                                                        user.getRoles(),
                                                        user.credentialStamp())));
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
