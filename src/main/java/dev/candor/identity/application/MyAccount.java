package dev.candor.identity.application;

import dev.candor.identity.domain.ApiToken;
import dev.candor.identity.domain.PasswordPolicy;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.AuditableEvent;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What signed-in people do with their own account: change the password and the time zone, manage
 * API tokens.
 */
@ApplicationScoped
@Transactional
public class MyAccount {

    @PersistenceContext private EntityManager em;

    @Inject private UserDirectory users;

    @Inject private Passwords passwords;

    @Inject private Caller caller;

    @Inject private Clock clock;

    @Inject private Event<AuditableEvent> audit;
    @Inject private Event<PersonChanged> changed;

    public User me() {
        return self();
    }

    /**
     * Changes the caller's password and ends their other sessions (see {@link
     * SignInOutcome#credentialStamp}); returns the new stamp, for the session that made the change
     * to keep.
     */
    public String changePassword(String currentPassword, String newPassword) {
        User me = self();
        if (currentPassword == null || !passwords.matches(currentPassword, me.getPasswordHash())) {
            throw new InvalidInputException(
                    "currentPassword", "Your current password is not right.");
        }
        PasswordPolicy.problemWith(newPassword)
                .ifPresent(
                        problem -> {
                            throw new InvalidInputException("newPassword", problem);
                        });
        me.changePasswordHash(passwords.hash(newPassword));
        audit.fire(
                AuditableEvent.of(
                        "password.changed", me.getUsername(), "user:" + me.getUsername()));
        changed.fire(new PersonChanged(me.getUsername()));
        return me.credentialStamp();
    }

    /** The caller's own zone, by region id; an unknown one is refused at the field. */
    public User chooseTimeZone(String zone) {
        User me = self();
        me.chooseTimeZone(TimeZones.parse("timeZone", zone));
        return me;
    }

    /**
     * The browser's zone, taken only while the caller has chosen none (their first sign-in); one a
     * browser reports that Candor does not know is ignored, the installation's zone still applies.
     */
    public void offerBrowserZone(String zone) {
        User me = self();
        if (me.timeZone().isEmpty()) {
            TimeZones.known(zone).ifPresent(me::chooseTimeZone);
        }
    }

    public List<ApiToken> tokens() {
        return em.createNamedQuery(ApiToken.OF_OWNER, ApiToken.class)
                .setParameter("username", caller.requireUsername())
                .getResultList();
    }

    public ApiToken.Issued issueToken(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException(
                    "name", "Give the token a name of 1 to 100 characters.");
        }
        ApiToken.Issued issued = ApiToken.issue(self(), name, clock.instant());
        em.persist(issued.token());
        em.flush();
        audit.fire(
                new AuditableEvent(
                        "token.created",
                        issued.token().getOwner().getUsername(),
                        "token:" + issued.token().getId(),
                        Map.of("name", issued.token().getName())));
        return issued;
    }

    public void revokeToken(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getOwner().getUsername().equals(caller.requireUsername())) {
            throw new NotFoundException("You have no token with id " + tokenId + ".");
        }
        token.revoke(clock.instant());
        audit.fire(
                AuditableEvent.of("token.revoked", caller.requireUsername(), "token:" + tokenId));
    }

    private User self() {
        String username = caller.requireUsername();
        return users.find(username)
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
    }
}
