package dev.candor.shared.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * One clock for the application, so rules about time can be tested with a fixed one. It ticks in
 * microseconds, the precision both databases store: an instant finer than that is rounded when
 * stored but not when compared, so a message due "now" could be found a fraction in the future.
 */
@ApplicationScoped
public class TimeSource {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
