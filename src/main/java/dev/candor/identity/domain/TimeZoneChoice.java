package dev.candor.identity.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The time zones people may choose for themselves or a candidate: region ids such as
 * "Europe/Berlin", and "UTC". Fixed offsets ("+02:00") and the Etc/ and SystemV/ aliases are left
 * out: they ignore daylight saving time, which is what a person's zone is for.
 */
public final class TimeZoneChoice {

    /** Sorted, for the lists people choose from. */
    public static final List<String> ALL =
            ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.contains("/") || id.equals("UTC"))
                    .filter(id -> !id.startsWith("SystemV/") && !id.startsWith("Etc/"))
                    .sorted()
                    .toList();

    public static final String PROBLEM =
            "Choose a time zone from the list, such as Europe/Berlin or America/New_York.";

    private TimeZoneChoice() {}

    /** The zone of a region id people may choose, or empty for anything else. */
    public static Optional<ZoneId> known(String text) {
        String id = text == null ? "" : text.strip();
        return ALL.contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }
}
