package dev.candor.identity.application;

import dev.candor.identity.domain.ApiToken;
import dev.candor.identity.domain.PasswordPolicy;
import dev.candor.identity.domain.PasswordResetLink;
import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.AuditableEvent;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An administrator resets someone's password by issuing a one-time link; the person opening it sets
 * a new password. The administrator never learns the new password, and the link dies with its first
 * use, its expiry, or a newer link.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    @PersistenceContext private EntityManager em;

    @Inject private UserDirectory users;

    @Inject private Passwords passwords;

    @Inject private Caller caller;

    @Inject private Clock clock;

    @Inject private Event<AuditableEvent> audit;

    @Inject private Event<PersonChanged> changed;

    @Inject
    @ConfigProperty(name = "candor.password-reset.hours", defaultValue = "24")
    private int validHours;

    /** A link just issued: its secret goes into the address shown to the administrator once. */
    public record IssuedLink(String username, String secret, Instant expiresAt)
            implements Serializable {}

    /** What the person opening a link finds: whose password it sets, or why it no longer works. */
    public record LinkCheck(PasswordResetLink.State state, String displayName) {}

    public IssuedLink issue(String username) {
        caller.requireAnyRole(Role.ADMIN);
        User person = users.get(username);
        if (!person.isActive()) {
            throw new ConflictException(
                    person.getUsername()
                            + " is deactivated; reactivate them before resetting their password.");
        }
        Instant now = clock.instant();
        em.createNamedQuery(PasswordResetLink.OPEN_OF_PERSON, PasswordResetLink.class)
                .setParameter("person", person)
                .getResultList()
                .forEach(older -> older.withdraw(now));
        PasswordResetLink.Issued issued =
                PasswordResetLink.issue(
                        person, caller.requireUsername(), now, Duration.ofHours(validHours));
        em.persist(issued.link());
        audit.fire(
                new AuditableEvent(
                        "password.reset.issued",
                        caller.requireUsername(),
                        "user:" + person.getUsername(),
                        Map.of("expiresAt", issued.link().getExpiresAt().toString())));
        return new IssuedLink(person.getUsername(), issued.secret(), issued.link().getExpiresAt());
    }

    /** For anyone holding a link, signed in or not. */
    public LinkCheck check(String secret) {
        return find(secret)
                .map(
                        link ->
                                new LinkCheck(
                                        stateOf(link, clock.instant()),
                                        link.getPerson().getDisplayName()))
                .orElse(new LinkCheck(PasswordResetLink.State.WITHDRAWN, null));
    }

    /**
     * Sets the new password and uses up the link; sessions signed in with the old password end.
     * Returns the person's username.
     */
    public String complete(String secret, String newPassword) {
        Instant now = clock.instant();
        PasswordResetLink link =
                find(secret)
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                explain(PasswordResetLink.State.WITHDRAWN)));
        // Two uses of one link at once: the row lock makes the second wait, then read it used.
        em.refresh(link, LockModeType.PESSIMISTIC_WRITE);
        PasswordResetLink.State state = stateOf(link, now);
        if (state != PasswordResetLink.State.USABLE) {
            throw new ConflictException(explain(state));
        }
        PasswordPolicy.problemWith(newPassword)
                .ifPresent(
                        problem -> {
                            throw new InvalidInputException("newPassword", problem);
                        });
        link.use(now);
        User person = link.getPerson();
        person.changePasswordHash(passwords.hash(newPassword));
        changed.fire(new PersonChanged(person.getUsername()));
        audit.fire(
                new AuditableEvent(
                        "password.reset.completed",
                        person.getUsername(),
                        "user:" + person.getUsername(),
                        Map.of("issuedBy", link.getIssuedBy())));
        return person.getUsername();
    }

    /** A deactivated person's link does not work: they could not sign in with the password. */
    private static PasswordResetLink.State stateOf(PasswordResetLink link, Instant now) {
        PasswordResetLink.State state = link.stateAt(now);
        return state == PasswordResetLink.State.USABLE && !link.getPerson().isActive()
                ? PasswordResetLink.State.WITHDRAWN
                : state;
    }

    /** The message a person with an unusable link reads (the page has its own, translated). */
    private static String explain(PasswordResetLink.State state) {
        return switch (state) {
            case USED ->
                    "This reset link has been used already; ask an administrator for a new one.";
            case EXPIRED -> "This reset link has expired; ask an administrator for a new one.";
            default -> "This reset link is not valid any more; ask an administrator for a new one.";
        };
    }

    private Optional<PasswordResetLink> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordResetLink.BY_HASH, PasswordResetLink.class)
                .setParameter("hash", ApiToken.digest(secret.trim()))
                .getResultStream()
                .findFirst();
    }
}
