package dev.candor.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantAttributeConverterTest {

    private final InstantAttributeConverter converter = new InstantAttributeConverter();

    @Test
    void anInstantIsStoredInUtcCutToTheMicrosecondNeverRoundedUp() {
        Instant written = Instant.parse("2026-12-04T21:00:57.571399841Z");

        var stored = converter.convertToDatabaseColumn(written);

        assertEquals(ZoneOffset.UTC, stored.getOffset());
        assertEquals(Instant.parse("2026-12-04T21:00:57.571399Z"), stored.toInstant());
    }

    @Test
    void aStoredValueReadsBackAsTheSameInstant() {
        Instant written = Instant.parse("2026-12-04T21:00:57.571399Z");

        assertEquals(
                written,
                converter.convertToEntityAttribute(converter.convertToDatabaseColumn(written)));
        assertNull(converter.convertToDatabaseColumn(null));
    }
}
