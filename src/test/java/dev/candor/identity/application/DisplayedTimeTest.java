package dev.candor.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayedTimeTest {

    private static final Instant AT = Instant.parse("2026-12-04T13:15:00Z");

    @Test
    void aTimeReadsInThePersonsZoneWithTheZonesShortName() {
        assertEquals(
                "Dec 4, 2026, 2:15 PM CET",
                DisplayedTime.of(AT, ZoneId.of("Europe/Berlin"), Locale.US));
        assertEquals(
                "Dec 4, 2026, 8:15 AM EST",
                DisplayedTime.of(AT, ZoneId.of("America/New_York"), Locale.US));
    }

    @Test
    void theFormatFollowsTheLocale() {
        assertEquals("4 Dec 2026, 13:15 UTC", DisplayedTime.of(AT, ZoneId.of("UTC"), Locale.UK));
        assertEquals(
                "04.12.2026, 14:15 MEZ",
                DisplayedTime.of(AT, ZoneId.of("Europe/Berlin"), Locale.GERMANY));
    }

    @Test
    void summerTimeIsNamedAsSuch() {
        assertEquals(
                "Jul 1, 2026, 3:00 PM CEST",
                DisplayedTime.of(
                        Instant.parse("2026-07-01T13:00:00Z"),
                        ZoneId.of("Europe/Berlin"),
                        Locale.US));
    }

    @Test
    void aSecondZoneShowsTheTimeOfDayAlone() {
        assertEquals(
                "8:15 AM", DisplayedTime.timeOfDay(AT, ZoneId.of("America/New_York"), Locale.US));
    }

    @Test
    void noTimeReadsAsNothing() {
        assertEquals("", DisplayedTime.of(null, ZoneId.of("UTC"), Locale.US));
    }
}
