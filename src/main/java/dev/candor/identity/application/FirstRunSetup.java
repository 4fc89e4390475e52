package dev.candor.identity.application;

import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The first administrator of a fresh Candor. Without CANDOR_ADMIN_PASSWORD, a one-time link is
 * printed to the log; whoever can read the server log may create the first administrator, once.
 * The token lives only in memory: a restart before use prints a new one.
 */
@ApplicationScoped
public class FirstRunSetup {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private UserDirectory users;

    private String token;

    synchronized void openIfNoUsers() {
        if (users.count() == 0 && token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    public synchronized boolean isOpen() {
        return token != null;
    }

    public synchronized boolean accepts(String candidate) {
        return token != null && candidate != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the first administrator; the token dies with this call, whatever the outcome of later ones. */
    public synchronized User createFirstAdministrator(String setupToken, NewUser request) {
        if (!accepts(setupToken)) {
            throw new AccessDeniedException("This setup link is not valid any more. Sign in instead.");
        }
        User admin = users.register(new NewUser(request.username(), request.displayName(), request.email(),
                Set.of(Role.ADMIN), request.password()));
        token = null;
        return admin;
    }

    public synchronized String signInInstructions(String baseUrl) {
        return Optional.ofNullable(token)
                .map(t -> "first run: create the administrator at " + baseUrl + "setup.xhtml?token=" + t
                        + " (this link works once)")
                .orElse("sign in at " + baseUrl + "login.xhtml");
    }
}
