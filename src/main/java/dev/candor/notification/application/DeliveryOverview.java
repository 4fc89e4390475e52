package dev.candor.notification.application;

import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.shared.infrastructure.outbox.Outbox;
import dev.candor.shared.infrastructure.outbox.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** For the administrator: whether Candor can send e-mail at all, and how sending goes. */
@ApplicationScoped
public class DeliveryOverview {

    /** The mail host as "host:port", empty when none is configured; and the outbox. */
    public record Overview(Optional<String> mailHost, String from, OutboxStatus outbox) {}

    @Inject private Caller caller;

    @Inject private MailSettings settings;

    @Inject private Outbox outbox;

    public Overview get() {
        caller.requireAnyRole(Role.ADMIN);
        return new Overview(
                settings.host().map(host -> host + ":" + settings.port()),
                settings.from(),
                outbox.status(20));
    }
}
