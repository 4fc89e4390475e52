package dev.candor.notification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ElapsedTimeTest {

    @Test
    void underAnHourReadsInMinutes() {
        assertEquals(
                new ElapsedTime.Amount("notification.ago.minutes", 59),
                ElapsedTime.of(Duration.ofMinutes(59)));
    }

    @Test
    void underTwoDaysReadsInHours() {
        assertEquals(
                new ElapsedTime.Amount("notification.ago.hours", 3),
                ElapsedTime.of(Duration.ofMinutes(200)));
        assertEquals(
                new ElapsedTime.Amount("notification.ago.hours", 47),
                ElapsedTime.of(Duration.ofHours(47)));
    }

    @Test
    void fromTwoDaysReadsInDays() {
        assertEquals(
                new ElapsedTime.Amount("notification.ago.days", 2),
                ElapsedTime.of(Duration.ofHours(48)));
    }
}
