package dev.candor.notification.application;

import dev.candor.identity.application.Caller;
import dev.candor.identity.application.UserDirectory;
import dev.candor.identity.domain.User;
import dev.candor.notification.domain.NotificationPreference;
import dev.candor.notification.domain.Topic;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/** What Candor sends the signed-in person, and their choices for what is optional. */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

    /**
     * One line of "my account": a topic, whether it is on, and whether the person may switch it.
     */
    public record Choice(Topic topic, boolean enabled, boolean optional) {}

    /** The person's own view: address, whether the installation sends mail, and the topics. */
    public record Overview(String email, boolean mailConfigured, List<Choice> choices) {}

    @PersistenceContext private EntityManager em;

    @Inject private Caller caller;

    @Inject private UserDirectory users;

    @Inject private Recipients recipients;

    @Inject private MailSettings settings;

    public Overview mine() {
        User me =
                users.find(caller.requireUsername())
                        .orElseThrow(() -> new AccessDeniedException("Sign in first."));
        List<Choice> choices =
                Arrays.stream(Topic.values())
                        .filter(topic -> topic.concerns(me.getRoles()))
                        .map(
                                topic ->
                                        new Choice(
                                                topic,
                                                recipients.wants(me.getUsername(), topic),
                                                topic.isOptional()))
                        .toList();
        return new Overview(me.getEmail(), settings.isConfigured(), choices);
    }

    /** Switches an optional topic on or off for the signed-in person. */
    public void choose(Topic topic, boolean enabled) {
        String me = caller.requireUsername();
        if (topic == null) {
            throw new InvalidInputException("topic", "Choose what to switch on or off.");
        }
        if (!enabled && !topic.isOptional()) {
            throw new InvalidInputException(
                    "topic",
                    "This message cannot be switched off: it goes to the people responsible.");
        }
        NotificationPreference.Key key = new NotificationPreference.Key(me, topic);
        NotificationPreference choice = em.find(NotificationPreference.class, key);
        if (choice == null) {
            em.persist(new NotificationPreference(me, topic, enabled));
        } else {
            choice.choose(enabled);
        }
    }
}
