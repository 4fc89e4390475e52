package dev.candor.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512, by default at the iteration count OWASP
 * recommends. Each stored hash carries its own count, so changing the setting affects new passwords
 * only.
 */
@ApplicationScoped
public class Passwords {

    /** Lowering this is for test servers only: it makes every password cheaper to guess. */
    @Inject
    @ConfigProperty(name = "candor.password.iterations", defaultValue = "210000")
    private int iterations;

    @Inject private Pbkdf2PasswordHash hash;

    /** Verifying against this keeps unknown usernames as slow as known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(
                Map.of(
                        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                        "Pbkdf2PasswordHash.Iterations",
                                Integer.toString(Math.max(iterations, 1024)),
                        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                        "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /**
     * One PBKDF2 verification in every case: against the decoy when there is no stored hash, so
     * that unknown usernames take as long as known ones.
     */
    public boolean verify(String password, Optional<String> storedHash) {
        boolean matches = hash.verify(password.toCharArray(), storedHash.orElse(decoy));
        return storedHash.isPresent() && matches;
    }
}
