package dev.candor.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's mail settings ({@code CANDOR_SMTP_*}) and where links point ({@code
 * CANDOR_BASE_URL}). Without {@code CANDOR_SMTP_HOST} Candor sends no e-mail and queues none. The
 * zone times are written in is the recipient's, from {@code identity.application.TimeZones}.
 */
@ApplicationScoped
public class MailSettings {

    private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());

    /** How the connection to the mail host is protected. */
    public enum Tls {
        NONE,
        STARTTLS,
        TLS
    }

    @Inject
    @ConfigProperty(name = "candor.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "candor.smtp.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "candor.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "candor.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "candor.smtp.from", defaultValue = "candor@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "candor.smtp.tls", defaultValue = "starttls")
    String tls;

    @Inject
    @ConfigProperty(name = "candor.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    /** Settings given directly rather than read from the configuration (tests, tools). */
    public static MailSettings of(
            String host,
            Integer port,
            String user,
            String password,
            String from,
            String tls,
            String baseUrl) {
        MailSettings settings = new MailSettings();
        settings.host = Optional.ofNullable(host);
        settings.port = Optional.ofNullable(port);
        settings.user = Optional.ofNullable(user);
        settings.password = Optional.ofNullable(password);
        settings.from = from;
        settings.tls = tls;
        settings.baseUrl = baseUrl;
        return settings;
    }

    public boolean isConfigured() {
        return host().isPresent();
    }

    public Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    /** The port, by default the usual one for the protection chosen. */
    public int port() {
        return port.orElse(
                switch (tls()) {
                    case NONE -> 25;
                    case STARTTLS -> 587;
                    case TLS -> 465;
                });
    }

    public Optional<String> user() {
        return user.map(String::strip).filter(u -> !u.isEmpty());
    }

    public Optional<String> password() {
        return password.filter(p -> !p.isEmpty());
    }

    public String from() {
        return from.strip();
    }

    /** An unknown value is read as {@code starttls}, the protected choice, and logged. */
    public Tls tls() {
        try {
            return Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warning(
                    "CANDOR_SMTP_TLS is none, starttls or tls, not \""
                            + tls
                            + "\"; using starttls.");
            return Tls.STARTTLS;
        }
    }

    /** An absolute link into Candor, e.g. {@code link("scoring/scorecard.xhtml?id=4")}. */
    public String link(String path) {
        String base = baseUrl.strip();
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    /** The host name of the base URL, for UIDs and Message-IDs that stay the same for ever. */
    public String installationHost() {
        String host = URI.create(link("")).getHost();
        return host == null ? "localhost" : host;
    }
}
