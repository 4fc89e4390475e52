package dev.candor.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** What the in-process mail server received, per recipient, and calendars read back with ical4j. */
final class Mailbox {

    private Mailbox() {}

    static List<MimeMessage> to(GreenMail mail, String username) {
        String address = NotificationFixture.email(username);
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The invite.ics attachment, parsed. */
    static Calendar calendar(MimeMessage message) {
        try {
            Multipart mixed = (Multipart) message.getContent();
            for (int i = 0; i < mixed.getCount(); i++) {
                BodyPart part = mixed.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    String text =
                            new String(
                                    part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    return new CalendarBuilder().build(new StringReader(text));
                }
            }
            throw new AssertionError("no calendar attached to " + message.getSubject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException | ParserException e) {
            throw new IllegalStateException(e);
        }
    }

    static String method(Calendar calendar) {
        return calendar.getProperty("METHOD").orElseThrow().getValue();
    }

    static String event(Calendar calendar, String property) {
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        return event.getProperty(property).orElseThrow().getValue();
    }

    static String startZone(Calendar calendar) {
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        return event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue();
    }
}
