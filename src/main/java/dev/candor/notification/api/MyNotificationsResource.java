package dev.candor.notification.api;

import dev.candor.notification.application.NotificationPreferences;
import dev.candor.notification.domain.Topic;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's e-mail choices, as on "my account". */
@Path("/me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

    @Inject private NotificationPreferences preferences;

    @GET
    @Operation(
            summary = "What Candor e-mails the caller",
            description =
                    "The caller's address, whether this installation has a mail server, and each topic that "
                            + "concerns the caller's roles: on or off, and whether it may be switched off.")
    public Notifications get() {
        return Notifications.of(preferences.mine());
    }

    @PUT
    @Path("{topic}")
    @Operation(
            summary = "Switch one topic on or off",
            description =
                    "Topics: invitation, reminder, escalation, digest. Escalations cannot be switched off (422).")
    public Notifications choose(@PathParam("topic") String topic, Choice body) {
        if (body == null || body.enabled() == null) {
            throw new InvalidInputException(
                    "enabled", "Say whether the topic is on: true or false.");
        }
        preferences.choose(topic(topic), body.enabled());
        return Notifications.of(preferences.mine());
    }

    private static Topic topic(String name) {
        try {
            return Topic.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(
                    "There is no topic \""
                            + name
                            + "\"; the topics are invitation, reminder, escalation, digest.");
        }
    }

    public record Choice(Boolean enabled) {}

    public record TopicJson(String topic, boolean enabled, boolean optional) {}

    public record Notifications(String email, boolean mailConfigured, List<TopicJson> topics) {
        static Notifications of(NotificationPreferences.Overview overview) {
            return new Notifications(
                    overview.email(),
                    overview.mailConfigured(),
                    overview.choices().stream()
                            .map(
                                    c ->
                                            new TopicJson(
                                                    c.topic().name().toLowerCase(Locale.ROOT),
                                                    c.enabled(),
                                                    c.optional()))
                            .toList());
        }
    }
}
