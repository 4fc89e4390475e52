package dev.candor.notification.web;

import dev.candor.shared.infrastructure.web.Text;
import java.time.Duration;

/** "3 h ago" in the banner: minutes below an hour, hours below two days, then days. */
public final class ElapsedTime {

    private ElapsedTime() {}

    /** The bundle key and the number for how long ago; a negative span reads as just now. */
    public record Amount(String key, long value) {}

    public static Amount of(Duration elapsed) {
        Duration span = elapsed.isNegative() ? Duration.ZERO : elapsed;
        if (span.compareTo(Duration.ofHours(1)) < 0) {
            return new Amount("notification.ago.minutes", span.toMinutes());
        }
        if (span.compareTo(Duration.ofHours(48)) < 0) {
            return new Amount("notification.ago.hours", span.toHours());
        }
        return new Amount("notification.ago.days", span.toDays());
    }

    public static String text(Duration elapsed) {
        Amount amount = of(elapsed);
        return Text.of(amount.key(), amount.value());
    }
}
