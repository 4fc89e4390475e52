package dev.candor.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only: replaces the application's clock in the notification test deployment with one that
 * stands still at the moment the server started, plus an offset the test moves forward ({@link
 * NotificationTestControl}): what is due and what is not never depends on how fast the test runs.
 */
@ApplicationScoped
@Alternative
@Priority(10)
public class SettableClock {

    private static final Instant START = Instant.now().truncatedTo(ChronoUnit.MICROS);

    static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted();
    }

    static Instant now() {
        return START.plus(OFFSET.get());
    }

    /** The standing clock. */
    public static class Shifted extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
