package dev.candor.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** The writer's output read back with ical4j, as a calendar program would read it. */
class CalendarInviteTest {

    private static final Instant START = Instant.parse("2030-07-15T09:00:00Z");

    static CalendarInvite invite(CalendarInvite.Method method, int sequence, ZoneId zone) {
        return new CalendarInvite(
                method,
                "interview-42@candor.example.org",
                sequence,
                START,
                60,
                zone,
                "Interview: Ana Silva, Onsite",
                "Interview with Ana Silva (Onsite); a comma, a semicolon; and\na new line",
                "https://candor.example.org/scoring/interview.xhtml?id=42",
                new CalendarInvite.Person("Candor", "candor@example.org"),
                new CalendarInvite.Person("Łukasz Dvořák, Panel", "lukasz@example.org"),
                Instant.parse("2030-07-01T08:00:00Z"));
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void aRequestCarriesTheMethodUidSequenceAndTimes() throws Exception {
        Calendar calendar =
                parse(invite(CalendarInvite.Method.REQUEST, 0, ZoneId.of("UTC")).text());
        assertEquals("REQUEST", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = event(calendar);
        assertEquals("interview-42@candor.example.org", value(event, "UID"));
        assertEquals("0", value(event, "SEQUENCE"));
        assertEquals("20300715T090000Z", value(event, "DTSTART"));
        assertEquals("20300715T100000Z", value(event, "DTEND"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
    }

    @Test
    void aCancellationKeepsTheUidAndSaysCancel() throws Exception {
        Calendar calendar = parse(invite(CalendarInvite.Method.CANCEL, 3, ZoneId.of("UTC")).text());
        assertEquals("CANCEL", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = event(calendar);
        assertEquals("interview-42@candor.example.org", value(event, "UID"));
        assertEquals("3", value(event, "SEQUENCE"));
        assertEquals("CANCELLED", value(event, "STATUS"));
    }

    @Test
    void timesInAZoneCarryItsTzidAndTheSameInstant() throws Exception {
        Calendar calendar =
                parse(invite(CalendarInvite.Method.REQUEST, 1, ZoneId.of("Europe/Berlin")).text());
        VEvent event = event(calendar);
        DtStart<Temporal> start = event.getDateTimeStart();
        assertEquals("Europe/Berlin", start.getParameter("TZID").orElseThrow().getValue());
        assertEquals("20300715T110000", start.getValue());
        assertEquals(START, ZonedDateTime.from(start.getDate()).toInstant());
        assertTrue(calendar.getComponent("VTIMEZONE").isPresent());
    }

    @Test
    void textsAreEscapedAndReadBackUnchanged() throws Exception {
        VEvent event =
                event(parse(invite(CalendarInvite.Method.REQUEST, 0, ZoneId.of("UTC")).text()));
        assertEquals(
                "Interview with Ana Silva (Onsite); a comma, a semicolon; and\na new line",
                value(event, "DESCRIPTION"));
        assertEquals(
                "Łukasz Dvořák, Panel",
                event.getProperty("ATTENDEE")
                        .orElseThrow()
                        .getParameter("CN")
                        .orElseThrow()
                        .getValue());
    }

    @Test
    void noLineIsLongerThan75OctetsAndEveryLineEndsInCrlf() {
        String text = invite(CalendarInvite.Method.REQUEST, 0, ZoneId.of("Europe/Berlin")).text();
        assertTrue(text.endsWith("\r\n"));
        for (String line : text.split("\r\n")) {
            assertTrue(
                    line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "too long: " + line);
        }
        assertEquals(-1, text.replace("\r\n", "").indexOf('\n'));
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String folded = CalendarInvite.fold("SUMMARY:" + "ł".repeat(80));
        assertEquals("SUMMARY:" + "ł".repeat(80), folded.replace("\r\n ", ""));
    }

    @Test
    void offsetsAreWrittenAsHoursAndMinutes() {
        assertEquals("+0530", CalendarInvite.offset(java.time.ZoneOffset.ofHoursMinutes(5, 30)));
        assertEquals("-0800", CalendarInvite.offset(java.time.ZoneOffset.ofHours(-8)));
    }
}
