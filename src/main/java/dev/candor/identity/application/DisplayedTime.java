package dev.candor.identity.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Every time Candor shows a person, in one format: the locale's medium date and short time in the
 * person's zone, followed by the zone's short name ("Dec 4, 2026, 2:15 PM CET" in English,
 * "04.12.2026, 14:15 MEZ" in German), so nobody has to guess which zone a time is in.
 */
public final class DisplayedTime {

    private DisplayedTime() {}

    public static String of(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant)
                + " "
                + zoneName(zone, locale, instant);
    }

    /** The time of day alone, for a second zone next to a full time ("9:00 AM"). */
    public static String timeOfDay(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    private static String zoneName(ZoneId zone, Locale locale, Instant instant) {
        return DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(instant);
    }
}
