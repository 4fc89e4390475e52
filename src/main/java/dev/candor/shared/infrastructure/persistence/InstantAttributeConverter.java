package dev.candor.shared.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Stores every {@link Instant} in a TIMESTAMP WITH TIME ZONE column. The EclipseLink in Payara 6
 * would serialise java.time values as bytes, so values are written as {@link Timestamp}; drivers
 * read them back as {@link Timestamp} (PostgreSQL) or {@link OffsetDateTime} (H2).
 */
@Converter(autoApply = true)
public class InstantAttributeConverter implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (stored instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        throw new IllegalArgumentException("Cannot read a point in time from " + stored.getClass().getName());
    }
}
