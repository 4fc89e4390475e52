package dev.candor.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An interview as an iCalendar object (RFC 5545) for a calendar program: {@code METHOD:REQUEST}
 * adds or updates the entry with the same {@code UID}, a higher {@code SEQUENCE} wins, and {@code
 * METHOD:CANCEL} removes it. Times are written in the person's zone ({@code TZID} with its {@code
 * VTIMEZONE}), or in UTC for UTC.
 *
 * <p>Written by hand: the subset Candor needs is small, and ical4j (the library for it) brings
 * Groovy, Caffeine and four more jars into the application. The tests read it back with ical4j.
 */
public record CalendarInvite(
        Method method,
        String uid,
        int sequence,
        Instant start,
        int minutes,
        ZoneId zone,
        String summary,
        String description,
        String url,
        Person organizer,
        Person attendee,
        Instant stamp) {

    public enum Method {
        REQUEST,
        CANCEL
    }

    /** A name and an e-mail address, as ORGANIZER and ATTENDEE carry them. */
    public record Person(String name, String email) {}

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    public CalendarInvite {
        Objects.requireNonNull(method);
        Objects.requireNonNull(uid);
        Objects.requireNonNull(start);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(organizer);
        Objects.requireNonNull(attendee);
        Objects.requireNonNull(stamp);
    }

    /** The whole calendar object, CRLF line ends, lines folded at 75 octets. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("PRODID:-//Candor//Interviews//EN");
        lines.add("VERSION:2.0");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + method);
        boolean utc = isUtc();
        if (!utc) {
            timeZone(lines);
        }
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid);
        lines.add("SEQUENCE:" + sequence);
        lines.add("DTSTAMP:" + UTC.format(stamp));
        Instant end = start.plus(Duration.ofMinutes(minutes));
        lines.add(
                utc
                        ? "DTSTART:" + UTC.format(start)
                        : "DTSTART;TZID=" + zoneId() + ":" + local(start));
        lines.add(utc ? "DTEND:" + UTC.format(end) : "DTEND;TZID=" + zoneId() + ":" + local(end));
        lines.add("SUMMARY:" + text(summary));
        if (description != null) {
            lines.add("DESCRIPTION:" + text(description));
        }
        if (url != null) {
            lines.add("URL:" + url);
        }
        lines.add("ORGANIZER;CN=" + param(organizer.name()) + ":mailto:" + organizer.email());
        lines.add(
                "ATTENDEE;CN="
                        + param(attendee.name())
                        + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
                        + attendee.email());
        lines.add("STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    private boolean isUtc() {
        return zone.normalized().equals(ZoneOffset.UTC);
    }

    private String zoneId() {
        return zone.getId();
    }

    private String local(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, zone));
    }

    /**
     * The zone's rules around the interview: the observance in force at its start and every change
     * in the year after it, enough for the entry and for a move within a year.
     */
    private void timeZone(List<String> lines) {
        ZoneRules rules = zone.getRules();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zoneId());
        ZoneOffsetTransition current = rules.previousTransition(start.plusSeconds(1));
        if (current == null) {
            ZoneOffset offset = rules.getOffset(start);
            observance(lines, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        } else {
            observance(lines, current, rules);
            Instant horizon = start.plus(Duration.ofDays(366));
            ZoneOffsetTransition next = rules.nextTransition(current.getInstant());
            while (next != null && next.getInstant().isBefore(horizon)) {
                observance(lines, next, rules);
                next = rules.nextTransition(next.getInstant());
            }
        }
        lines.add("END:VTIMEZONE");
    }

    private static void observance(
            List<String> lines, ZoneOffsetTransition transition, ZoneRules rules) {
        String kind = rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
        observance(
                lines,
                kind,
                transition.getDateTimeBefore(),
                transition.getOffsetBefore(),
                transition.getOffsetAfter());
    }

    private static void observance(
            List<String> lines,
            String kind,
            LocalDateTime from,
            ZoneOffset offsetFrom,
            ZoneOffset offsetTo) {
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(from));
        lines.add("TZOFFSETFROM:" + offset(offsetFrom));
        lines.add("TZOFFSETTO:" + offset(offsetTo));
        lines.add("END:" + kind);
    }

    /** RFC 5545 UTC-OFFSET: +hhmm, with seconds only when there are some. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text =
                (total < 0 ? "-" : "+") + String.format("%02d%02d", abs / 3600, (abs / 60) % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A parameter value: quoted, since names may hold commas or colons; quotes cannot appear. */
    static String param(String value) {
        String clean = value == null ? "" : value.replace("\"", "'").replaceAll("[\\r\\n]", " ");
        return "\"" + clean + "\"";
    }

    /** Folds a content line at 75 octets without splitting a UTF-8 character. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
