package dev.candor.notification.web;

import dev.candor.notification.application.DeliveryOverview;
import dev.candor.shared.infrastructure.outbox.OutboxState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The administrator's view of outgoing e-mail: is a mail host set, and what is failing. */
@Named
@RequestScoped
public class NotificationAdminPage {

    @Inject private DeliveryOverview deliveries;

    private DeliveryOverview.Overview overview;

    public DeliveryOverview.Overview getOverview() {
        if (overview == null) {
            overview = deliveries.get();
        }
        return overview;
    }

    public boolean isMailConfigured() {
        return getOverview().mailHost().isPresent();
    }

    public String getMailHost() {
        return getOverview().mailHost().orElse("");
    }

    public long getFailing() {
        return getOverview().outbox().failing();
    }

    public long getWaiting() {
        return getOverview().outbox().count(OutboxState.PENDING) - getOverview().outbox().failing();
    }

    public long getSent() {
        return getOverview().outbox().count(OutboxState.SENT);
    }

    public long getFailed() {
        return getOverview().outbox().count(OutboxState.FAILED);
    }

    public long getInDoubt() {
        return getOverview().outbox().count(OutboxState.IN_DOUBT);
    }

    public String getLatestError() {
        return getOverview().outbox().latestError();
    }
}
