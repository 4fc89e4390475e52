package dev.candor.shared.infrastructure.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One pass over the outbox: declares expired claims in doubt, then claims, sends and marks due
 * messages one at a time, for every delivery that is ready. Nothing here runs inside the caller's
 * transaction, and a failing receiver never stops the pass.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    /** This JVM's name in claimed_by: process and a random part, so a restart is a new node. */
    public static final String NODE =
            ManagementFactory.getRuntimeMXBean().getName()
                    + "/"
                    + UUID.randomUUID().toString().substring(0, 8);

    /** Longer than the longest send (connect + write + read timeouts of a mail session). */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject private OutboxClaims claims;

    @Inject private Instance<OutboxDelivery> deliveries;

    @Inject private Clock clock;

    @Inject
    @ConfigProperty(name = "candor.outbox.max-attempts", defaultValue = "8")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "candor.outbox.batch", defaultValue = "50")
    private int batch;

    /** What one pass did. */
    public record Pass(int sent, int failed, int declaredInDoubt) {}

    public Pass dispatch() {
        return dispatch(NODE);
    }

    /** One pass as the named node; tests use two names to play two nodes. */
    public Pass dispatch(String node) {
        int inDoubt = claims.expireClaims(clock.instant());
        Map<String, OutboxDelivery> ready =
                deliveries.stream()
                        .filter(OutboxDelivery::isReady)
                        .collect(
                                Collectors.toMap(
                                        OutboxDelivery::kind, Function.identity(), (a, b) -> a));
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < batch; i++) {
            Optional<OutboxClaims.Claim> next =
                    claims.claimNext(node, List.copyOf(ready.keySet()), clock.instant(), LEASE);
            if (next.isEmpty()) {
                break;
            }
            OutboxClaims.Claim claim = next.get();
            try {
                ready.get(claim.kind()).deliver(claim.id(), claim.payload());
                claims.markSent(claim.id(), node, clock.instant());
                sent++;
            } catch (DeliveryFailure e) {
                LOG.log(
                        Level.WARNING,
                        "Outbox message " + claim.id() + " not delivered: " + e.getMessage());
                claims.markFailed(
                        claim.id(),
                        node,
                        claim.attempts(),
                        maxAttempts,
                        e.getMessage(),
                        clock.instant());
                failed++;
            }
        }
        return new Pass(sent, failed, inDoubt);
    }
}
