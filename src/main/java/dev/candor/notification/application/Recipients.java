package dev.candor.notification.application;

import dev.candor.identity.application.TimeZones;
import dev.candor.identity.application.UserDirectory;
import dev.candor.identity.domain.User;
import dev.candor.notification.domain.NotificationPreference;
import dev.candor.notification.domain.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Optional;

/** Who gets a message: an active person with an e-mail address who has not switched it off. */
@ApplicationScoped
public class Recipients {

    /** A person as a message needs them: name, address and the zone their times are shown in. */
    public record Recipient(String username, String name, String email, ZoneId zone) {}

    @PersistenceContext private EntityManager em;

    @Inject private UserDirectory users;

    @Inject private MailSettings settings;

    @Inject private TimeZones zones;

    /** The person, if Candor may send them this topic. */
    public Optional<Recipient> forTopic(String username, Topic topic) {
        if (!settings.isConfigured()) {
            return Optional.empty();
        }
        return users.find(username)
                .filter(User::isActive)
                .filter(user -> user.getEmail() != null)
                .filter(user -> wants(username, topic))
                .map(
                        user ->
                                new Recipient(
                                        user.getUsername(),
                                        user.getDisplayName(),
                                        user.getEmail(),
                                        zoneOf(user)));
    }

    /**
     * The zone a person's times are written in: their own, else the installation's; every e-mail
     * and calendar entry follows it.
     */
    ZoneId zoneOf(User user) {
        return zones.of(user);
    }

    /** The person's name as others read it, or the username of someone no longer known. */
    public String displayName(String username) {
        return users.find(username).map(User::getDisplayName).orElse(username);
    }

    public boolean wants(String username, Topic topic) {
        if (!topic.isOptional()) {
            return true;
        }
        NotificationPreference choice =
                em.find(
                        NotificationPreference.class,
                        new NotificationPreference.Key(username, topic));
        return choice == null || choice.isEnabled();
    }
}
