package dev.candor.identity.application;

import dev.candor.identity.domain.TimeZoneChoice;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that says which zone a person's times are in: their own choice, else the
 * installation's {@code CANDOR_TIME_ZONE}, else UTC. Pages, e-mails and calendar entries all ask
 * here.
 */
@ApplicationScoped
public class TimeZones {

    private static final Logger LOG = Logger.getLogger(TimeZones.class.getName());

    @Inject
    @ConfigProperty(name = "candor.time-zone", defaultValue = "UTC")
    String installation;

    @Inject private UserDirectory users;

    @Inject private Caller caller;

    /** Zones given directly rather than read from the configuration (tests, tools). */
    public static TimeZones of(String installation) {
        TimeZones zones = new TimeZones();
        zones.installation = installation;
        return zones;
    }

    /** The person's zone, else the installation's. */
    public ZoneId of(User user) {
        return user.timeZone().orElseGet(this::installationZone);
    }

    /** The signed-in person's zone; the installation's for anyone else (start-up tasks, timers). */
    public ZoneId ofCaller() {
        return caller.username()
                .flatMap(users::find)
                .map(this::of)
                .orElseGet(this::installationZone);
    }

    /**
     * {@code CANDOR_TIME_ZONE}; an unknown zone is read as UTC and logged, so that a typo never
     * stops anyone from scheduling an interview.
     */
    public ZoneId installationZone() {
        String configured = installation == null ? "" : installation.strip();
        try {
            return ZoneId.of(configured);
        } catch (DateTimeException e) {
            LOG.warning("CANDOR_TIME_ZONE \"" + installation + "\" is not a time zone; using UTC.");
            return ZoneOffset.UTC;
        }
    }

    public List<String> choices() {
        return TimeZoneChoice.ALL;
    }

    /** A zone someone chose, by its region id; anything else is refused at the field. */
    public static ZoneId parse(String field, String text) {
        return known(text)
                .orElseThrow(() -> new InvalidInputException(field, TimeZoneChoice.PROBLEM));
    }

    /** The zone of a region id people may choose, or empty for anything else. */
    public static Optional<ZoneId> known(String text) {
        return TimeZoneChoice.known(text);
    }
}
