package dev.candor.notification.infrastructure;

import dev.candor.notification.application.MailPayload;
import dev.candor.notification.application.MailSettings;
import dev.candor.shared.infrastructure.outbox.DeliveryFailure;
import dev.candor.shared.infrastructure.outbox.OutboxDelivery;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends outbox e-mails through Jakarta Mail, to the host in {@code CANDOR_SMTP_*}. Each message
 * carries a Message-ID made from its outbox id, the same on every attempt, so a receiving system
 * can drop a duplicate. The HTML part has a plain-text alternative; an invitation has its calendar
 * entry both as a {@code text/calendar} alternative (for mail programs that show it as a meeting)
 * and as an {@code invite.ics} attachment.
 */
@ApplicationScoped
public class MailDelivery implements OutboxDelivery {

    private static final String TIMEOUT_MILLIS = "30000";

    @Inject private MailSettings settings;

    protected MailDelivery() {}

    /** A delivery with these settings, outside CDI (tests). */
    public MailDelivery(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public String kind() {
        return MailPayload.KIND;
    }

    @Override
    public boolean isReady() {
        return settings.isConfigured();
    }

    @Override
    public void deliver(long messageId, String payload) throws DeliveryFailure {
        MailPayload mail = MailPayload.fromJson(payload);
        String host = settings.host().orElseThrow();
        int port = settings.port();
        try {
            Session session = session(host, port);
            MimeMessage message = message(session, messageId, mail);
            Transport.send(message);
        } catch (MessagingException | IOException e) {
            throw new DeliveryFailure(explain(e, host, port), e);
        }
    }

    private Session session(String host, int port) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.from", settings.from());
        switch (settings.tls()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case TLS -> properties.put("mail.smtp.ssl.enable", "true");
            case NONE -> {}
        }
        if (settings.user().isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        String user = settings.user().get();
        String password = settings.password().orElse("");
        return Session.getInstance(
                properties,
                new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password);
                    }
                });
    }

    private MimeMessage message(Session session, long messageId, MailPayload mail)
            throws MessagingException, IOException {
        String id = "<outbox-" + messageId + "@" + settings.installationHost() + ">";
        MimeMessage message =
                new MimeMessage(session) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", id);
                    }
                };
        message.setFrom(new InternetAddress(settings.from(), "Candor", "UTF-8"));
        for (String to : mail.to()) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (mail.calendarEntry().isEmpty()) {
            message.setContent(alternative);
            return message;
        }
        MailPayload.Calendar calendar = mail.calendarEntry().get();
        String type = "text/calendar; charset=UTF-8; method=" + calendar.method();
        MimeBodyPart inline = new MimeBodyPart();
        inline.setDataHandler(new DataHandler(calendarData(calendar, type)));
        inline.setHeader("Content-Type", type);
        alternative.addBodyPart(inline);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(calendarData(calendar, "application/ics")));
        attachment.setFileName("invite.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        return message;
    }

    private static ByteArrayDataSource calendarData(MailPayload.Calendar calendar, String type) {
        return new ByteArrayDataSource(calendar.content().getBytes(StandardCharsets.UTF_8), type);
    }

    /** In the administrator's words: "connection refused by mail.example.org:587". */
    static String explain(Exception failure, String host, int port) {
        String where = host + ":" + port;
        if (failure instanceof AuthenticationFailedException) {
            return "the user name or password was refused by " + where;
        }
        if (failure instanceof SendFailedException sendFailed) {
            return "refused by " + where + ": " + sendFailed.getMessage();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused by " + where;
            }
            if (cause instanceof UnknownHostException) {
                return "unknown mail host " + host;
            }
            if (cause instanceof SocketTimeoutException) {
                return "no answer in time from " + where;
            }
        }
        return "sending through " + where + " failed: " + failure.getMessage();
    }
}
