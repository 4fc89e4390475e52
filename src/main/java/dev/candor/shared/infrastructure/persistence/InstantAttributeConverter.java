package dev.candor.shared.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Stores every {@link Instant} in a TIMESTAMP WITH TIME ZONE column, in UTC. The EclipseLink in
 * Payara 6 does not map Instant itself (it would serialise it as bytes) but does map
 * OffsetDateTime. Cut to microseconds, the precision both databases keep, so what is stored is
 * exactly what was written (H2 would round up a nanosecond instant).
 */
@Converter(autoApply = true)
public class InstantAttributeConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null
                ? null
                : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
