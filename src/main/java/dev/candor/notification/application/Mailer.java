package dev.candor.notification.application;

import dev.candor.shared.infrastructure.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Queues one e-mail in the outbox, in the caller's transaction. */
@ApplicationScoped
public class Mailer {

    @Inject private Outbox outbox;

    /**
     * @param dedupeKey makes the e-mail unique for ever (see {@link Outbox#enqueue})
     * @return the outbox id, or empty if an e-mail with this key was queued before
     */
    public Optional<Long> queue(
            String dedupeKey,
            Recipients.Recipient to,
            MailTexts.Mail mail,
            MailPayload.Calendar calendar) {
        MailPayload payload =
                new MailPayload(
                        List.of(to.email()), mail.subject(), mail.text(), mail.html(), calendar);
        return outbox.enqueue(
                MailPayload.KIND, dedupeKey, to.email() + " · " + mail.subject(), payload.toJson());
    }
}
