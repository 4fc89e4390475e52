package dev.candor.shared.infrastructure.rest;

import dev.candor.shared.domain.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** What every resource checks in a JSON request before handing it to a service. */
public final class JsonInput {

    private JsonInput() {}

    /**
     * Bean Validation on body parameters breaks Payara's OpenAPI generator (payara/Payara#7649).
     */
    public static <T> T require(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "This call needs a JSON body.");
        }
        return body;
    }

    /** Both databases store these years; beyond them, timestamps overflow or lose their meaning. */
    static final int EARLIEST_YEAR = 1900;

    static final int LATEST_YEAR = 9999;

    /** An ISO date and time with an offset, within the years Candor stores; blank means none. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(value.strip());
            if (parsed.getYear() < EARLIEST_YEAR || parsed.getYear() > LATEST_YEAR) {
                throw new InvalidInputException(
                        field,
                        "\""
                                + value
                                + "\" is outside the years "
                                + EARLIEST_YEAR
                                + " to "
                                + LATEST_YEAR
                                + " that Candor stores.");
            }
            return parsed.toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field,
                    "\""
                            + value
                            + "\" is not a date and time with an offset, such as "
                            + "2025-05-12T10:00:00Z or 2025-05-12T12:00:00+02:00.");
        }
    }
}
