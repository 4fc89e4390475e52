package dev.candor.notification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.candor.notification.application.MailPayload;
import dev.candor.notification.application.MailSettings;
import dev.candor.shared.infrastructure.outbox.DeliveryFailure;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static MailDelivery deliveryTo(int port) {
        return new MailDelivery(
                MailSettings.of(
                        "127.0.0.1",
                        port,
                        null,
                        null,
                        "candor@example.org",
                        "none",
                        "https://candor.example.org/"));
    }

    private static MailPayload invitation() {
        return new MailPayload(
                List.of("ana@example.org"),
                "Interview invitation: Ana Silva, Onsite",
                "Hello Ana,\nplain",
                "<p>Hello Ana</p>",
                new MailPayload.Calendar("REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void anInvitationArrivesWithPlainTextHtmlAndTheCalendarAttached() throws Exception {
        deliveryTo(MAIL.getSmtp().getPort()).deliver(17, invitation().toJson());

        MimeMessage received = MAIL.getReceivedMessages()[0];
        assertEquals("ana@example.org", received.getAllRecipients()[0].toString());
        assertEquals("Interview invitation: Ana Silva, Onsite", received.getSubject());
        assertEquals("<outbox-17@candor.example.org>", received.getMessageID());
        Multipart mixed = (Multipart) received.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        assertTrue(alternative.getBodyPart(2).getContentType().contains("method=REQUEST"));
        BodyPart attachment = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals("invite.ics", attachment.getFileName());
        assertTrue(GreenMailUtil.getBody(attachment).contains("BEGIN:VCALENDAR"));
    }

    @Test
    void aMessageWithoutCalendarIsPlainTextWithAnHtmlAlternative() throws Exception {
        MailPayload reminder =
                new MailPayload(
                        List.of("ivy@example.org"), "Scorecard waiting", "t", "<p>h</p>", null);
        deliveryTo(MAIL.getSmtp().getPort()).deliver(18, reminder.toJson());

        MimeMessage received = MAIL.getReceivedMessages()[0];
        assertTrue(received.isMimeType("multipart/alternative"));
        assertEquals(2, ((Multipart) received.getContent()).getCount());
    }

    @Test
    void aMailHostThatRefusesTheConnectionIsReportedInWords() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        MailDelivery delivery = deliveryTo(closed);
        DeliveryFailure failure =
                assertThrows(
                        DeliveryFailure.class, () -> delivery.deliver(19, invitation().toJson()));
        assertEquals("connection refused by 127.0.0.1:" + closed, failure.getMessage());
    }
}
