package dev.candor.identity.application;

import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator of a fresh Candor. Without CANDOR_ADMIN_PASSWORD, a one-time link is
 * printed to the log; whoever can read the server log may create the first administrator, once. The
 * token lives only in memory: a restart before use prints a new one.
 */
@ApplicationScoped
public class FirstRunSetup {

    public static final String LINK_FILE = "first-run-setup.txt";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(FirstRunSetup.class.getName());

    @Inject private UserDirectory users;

    @Inject
    @ConfigProperty(name = "candor.data.dir", defaultValue = "./data")
    private String dataDir;

    @Inject
    @ConfigProperty(name = "candor.port", defaultValue = "8080")
    private int port;

    private String token;

    /**
     * Opens setup when nobody can sign in yet. Besides the log, the link is written to a file in
     * the data directory (readable by whoever runs the server), so scripts can complete setup too.
     */
    synchronized void openIfNoUsers() {
        if (users.count() == 0 && token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            writeLinkFile(linkFor("http://localhost:" + port + "/"));
        }
    }

    private String linkFor(String baseUrl) {
        return baseUrl + "setup.xhtml?token=" + token;
    }

    private Path linkFile() {
        return Path.of(dataDir).resolve(LINK_FILE);
    }

    private void writeLinkFile(String link) {
        try {
            Files.createDirectories(linkFile().getParent());
            Files.writeString(linkFile(), link + System.lineSeparator());
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not write " + linkFile() + "; the setup link is in the log only",
                    e);
        }
    }

    private void removeLinkFile() {
        try {
            Files.deleteIfExists(linkFile());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the used setup link " + linkFile(), e);
        }
    }

    public synchronized boolean isOpen() {
        return token != null;
    }

    public synchronized boolean accepts(String candidate) {
        return token != null
                && candidate != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        candidate.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Creates the first administrator; the token dies with this call, whatever the outcome of later
     * ones.
     */
    public synchronized User createFirstAdministrator(String setupToken, NewUser request) {
        if (!accepts(setupToken)) {
            throw new AccessDeniedException(
                    "This setup link is not valid any more. Sign in instead.");
        }
        User admin =
                users.register(
                        new NewUser(
                                request.username(),
                                request.displayName(),
                                request.email(),
                                Set.of(Role.ADMIN),
                                request.password()));
        token = null;
        removeLinkFile();
        return admin;
    }

    public synchronized String signInInstructions(String baseUrl) {
        return Optional.ofNullable(token)
                .map(
                        t ->
                                "first run: create the administrator at "
                                        + linkFor(baseUrl)
                                        + " (this link works once)")
                .orElse("sign in at " + baseUrl + "login.xhtml");
    }
}
