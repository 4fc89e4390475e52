package dev.candor.shared.infrastructure.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code candor.outbox.interval-seconds} (default 30; 0 switches the schedule off, for tests
 * that run passes themselves): runs each {@link OutboxFeeder}, then one dispatch pass. A singleton
 * with the container's write lock, so passes on one node never overlap; across nodes the claims
 * keep them apart.
 */
@Startup
@Singleton
@DependsOn("CandorStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxScheduler {

    private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

    @Resource private TimerService timers;

    @Inject private Instance<OutboxFeeder> feeders;

    @Inject private OutboxDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "candor.outbox.interval-seconds", defaultValue = "30")
    private long intervalSeconds;

    @PostConstruct
    void schedule() {
        if (intervalSeconds > 0) {
            long millis = intervalSeconds * 1000;
            timers.createIntervalTimer(millis, millis, new TimerConfig("candor-outbox", false));
        }
    }

    @Timeout
    void tick() {
        run();
    }

    /** Feeders, then a dispatch pass; a failure is logged and the next tick tries again. */
    public OutboxDispatcher.Pass run() {
        for (OutboxFeeder feeder : feeders) {
            try {
                feeder.feed();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Queuing scheduled messages failed; next tick retries", e);
            }
        }
        try {
            return dispatcher.dispatch();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox dispatch failed; next tick retries", e);
            return new OutboxDispatcher.Pass(0, 0, 0);
        }
    }
}
