package dev.candor.notification;

import dev.candor.notification.infrastructure.MailDelivery;
import dev.candor.shared.infrastructure.outbox.DeliveryFailure;
import dev.candor.shared.infrastructure.outbox.Outbox;
import dev.candor.shared.infrastructure.outbox.OutboxClaims;
import dev.candor.shared.infrastructure.outbox.OutboxDispatcher;
import dev.candor.shared.infrastructure.outbox.OutboxMessage;
import dev.candor.shared.infrastructure.outbox.OutboxScheduler;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/**
 * Test-only controls for the notification IT: move the clock, run a scheduler tick, play two nodes
 * at once, and play a node that dies after sending and before marking.
 */
@Path("/notification-test")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationTestControl {

    @Inject private OutboxScheduler scheduler;

    @Inject private OutboxDispatcher dispatcher;

    @Inject private OutboxClaims claims;

    @Inject private Outbox outbox;

    @Inject private MailDelivery mail;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @POST
    @Path("clock")
    public String advance(@QueryParam("advance") String advance) {
        if (advance != null) {
            SettableClock.OFFSET.accumulateAndGet(Duration.parse(advance), Duration::plus);
        }
        return Json.createObjectBuilder()
                .add("now", SettableClock.now().toString())
                .build()
                .toString();
    }

    @POST
    @Path("tick")
    public String tick() {
        return pass(scheduler.run());
    }

    @POST
    @Path("two-nodes")
    public String twoNodes() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<OutboxDispatcher.Pass>> passes =
                List.of("node-a", "node-b").stream()
                        .map(
                                node ->
                                        executor.submit(
                                                () -> {
                                                    start.await();
                                                    return dispatcher.dispatch(node);
                                                }))
                        .toList();
        start.countDown();
        int sent = 0;
        for (Future<OutboxDispatcher.Pass> pass : passes) {
            sent += pass.get().sent();
        }
        return Json.createObjectBuilder().add("sent", sent).build().toString();
    }

    /** Claims the next due message, sends it, and "dies" before marking it sent. */
    @POST
    @Path("crash-after-send")
    public String crashAfterSend() throws DeliveryFailure {
        OutboxClaims.Claim claim =
                claims.claimNext(
                                "crashing-node",
                                List.of("mail"),
                                SettableClock.now(),
                                Duration.ofMinutes(5))
                        .orElseThrow();
        mail.deliver(claim.id(), claim.payload());
        return Json.createObjectBuilder().add("id", claim.id()).build().toString();
    }

    @Inject private dev.candor.notification.application.MailSettings settings;

    @Inject private dev.candor.notification.application.Recipients recipients;

    /**
     * What the server sees, for failure messages: mail settings, a person as a recipient, counts.
     */
    @GET
    @Path("state/{username}")
    public String state(@PathParam("username") String username) {
        return Json.createObjectBuilder()
                .add("mailConfigured", settings.isConfigured())
                .add("host", settings.host().orElse(""))
                .add("now", SettableClock.now().toString())
                .add(
                        "recipient",
                        recipients
                                .forTopic(username, dev.candor.notification.domain.Topic.INVITATION)
                                .map(Object::toString)
                                .orElse(""))
                .add("outbox", outbox.status(5).counts().toString())
                .build()
                .toString();
    }

    @GET
    @Path("outbox/{id}")
    public String message(@PathParam("id") long id) {
        OutboxMessage message = outbox.find(id).orElseThrow();
        return Json.createObjectBuilder()
                .add("state", message.getState().name())
                .add("attempts", message.getAttempts())
                .add("lastError", message.getLastError() == null ? "" : message.getLastError())
                .build()
                .toString();
    }

    private static String pass(OutboxDispatcher.Pass pass) {
        return Json.createObjectBuilder()
                .add("sent", pass.sent())
                .add("failed", pass.failed())
                .add("inDoubt", pass.declaredInDoubt())
                .build()
                .toString();
    }
}
