package dev.candor.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T13:15:00Z");

    private static User ada() {
        return new User("ada", "Ada", null, "hash", Set.of(Role.INTERVIEWER), NOW);
    }

    @Test
    void aPersonsOwnZoneComesFirst() {
        User ada = ada();
        ada.chooseTimeZone(ZoneId.of("America/New_York"));
        assertEquals(ZoneId.of("America/New_York"), TimeZones.of("Europe/Berlin").of(ada));
    }

    @Test
    void someoneWhoHasChosenNoZoneGetsTheInstallations() {
        assertEquals(ZoneId.of("Europe/Berlin"), TimeZones.of(" Europe/Berlin ").of(ada()));
    }

    @Test
    void anInstallationZoneThatIsNotAZoneIsReadAsUtc() {
        assertEquals(ZoneOffset.UTC, TimeZones.of("Mars/Olympus_Mons").of(ada()));
        assertEquals(ZoneOffset.UTC, TimeZones.of("").installationZone());
    }

    @Test
    void anUnknownZoneIsRefusedAtItsField() {
        InvalidInputException refused =
                assertThrows(
                        InvalidInputException.class,
                        () -> TimeZones.parse("timeZone", "Mars/Olympus_Mons"));
        assertTrue(refused.problems().get("timeZone").contains("Europe/Berlin"));
        assertThrows(InvalidInputException.class, () -> TimeZones.parse("timeZone", "+02:00"));
        assertThrows(InvalidInputException.class, () -> TimeZones.parse("timeZone", null));
    }

    @Test
    void regionIdsAndUtcAreChoices() {
        assertEquals(ZoneId.of("Asia/Kolkata"), TimeZones.parse("timeZone", "Asia/Kolkata"));
        assertEquals(ZoneId.of("UTC"), TimeZones.parse("timeZone", "UTC"));
        assertTrue(TimeZones.of("UTC").choices().contains("America/Sao_Paulo"));
    }
}
