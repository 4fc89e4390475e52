package dev.candor.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invitations, reminders and the outbox against the real server, with GreenMail in this JVM as the
 * mail host. The deployment points CANDOR_SMTP_* at it, writes times in Europe/Berlin, stops the
 * outbox schedule (the test runs each tick) and stands the clock still so the test moves it.
 */
@CandorIntegrationTest
class NotificationsIT {

    private static final int SMTP_PORT = freePort();
    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

    @ArquillianResource private URL deployment;

    private GreenMail mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = CandorDeployment.war();
        String config;
        try (InputStream shipped = war.get(CONFIG).getAsset().openStream()) {
            config = new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        war.add(
                new StringAsset(
                        config
                                + "\ncandor.smtp.host=127.0.0.1\ncandor.smtp.port="
                                + SMTP_PORT
                                + "\ncandor.smtp.tls=none\ncandor.smtp.from=candor@it.example.org"
                                + "\ncandor.base-url=http://candor.it.example.org/"
                                + "\ncandor.time-zone=Europe/Berlin\ncandor.outbox.interval-seconds=0\n"),
                CONFIG);
        return war.addClasses(
                SettableClock.class, SettableClock.Shifted.class, NotificationTestControl.class);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    private ApiClient admin() {
        return TestUsers.admin(deployment);
    }

    private Instant advance(String duration) {
        ApiResponse now = admin().post("api/v1/notification-test/clock?advance=" + duration, "");
        assertEquals(200, now.status(), now::toString);
        return Instant.parse(now.json().getString("now"));
    }

    private Instant now() {
        return advance("PT0S");
    }

    private JsonObject tick() {
        ApiResponse pass = admin().post("api/v1/notification-test/tick", "");
        assertEquals(200, pass.status(), pass::toString);
        return pass.json();
    }

    private List<String> subjects(String username) {
        return Mailbox.to(mail, username).stream().map(Mailbox::subject).toList();
    }

    private long count(String username, String subjectStart) {
        return subjects(username).stream().filter(s -> s.startsWith(subjectStart)).count();
    }

    @Test
    void everyPanelMemberIsInvitedWithACalendarEntryInTheirZone() {
        NotificationFixture f = NotificationFixture.create(deployment, 2);
        long interview = f.schedule(now().plus(Duration.ofDays(2)), 45);
        tick();

        for (String member : f.panel) {
            List<MimeMessage> received = Mailbox.to(mail, member);
            assertEquals(
                    1,
                    received.size(),
                    () ->
                            member
                                    + " got "
                                    + subjects(member)
                                    + "; server: "
                                    + admin().get("api/v1/notification-test/state/" + member)
                                            .body());
            assertTrue(
                    Mailbox.subject(received.get(0))
                            .startsWith("Interview invitation: " + f.candidateName + ", Onsite"));
            Calendar calendar = Mailbox.calendar(received.get(0));
            assertEquals("REQUEST", Mailbox.method(calendar));
            assertEquals(
                    "interview-" + interview + "@candor.it.example.org",
                    Mailbox.event(calendar, "UID"));
            assertEquals("0", Mailbox.event(calendar, "SEQUENCE"));
            assertEquals("Europe/Berlin", Mailbox.startZone(calendar));
        }
        assertEquals(0, Mailbox.to(mail, f.recruiter).size(), "the recruiter is not on the panel");
    }

    @Test
    void aPanelMemberWhoChoseTheirZoneIsInvitedInItAndTheOthersInTheInstallations() {
        NotificationFixture f = NotificationFixture.create(deployment, 2);
        String traveller = f.panel.get(0);
        ApiResponse chosen =
                f.as(traveller).put("api/v1/me/time-zone", "{\"timeZone\":\"America/New_York\"}");
        assertEquals(200, chosen.status(), chosen::toString);
        f.schedule(now().plus(Duration.ofDays(2)), 45);
        tick();

        MimeMessage theirs = Mailbox.to(mail, traveller).get(0);
        assertEquals("America/New_York", Mailbox.startZone(Mailbox.calendar(theirs)));
        MimeMessage others = Mailbox.to(mail, f.panel.get(1)).get(0);
        assertEquals("Europe/Berlin", Mailbox.startZone(Mailbox.calendar(others)));
    }

    @Test
    void aMovedInterviewUpdatesTheSameEntryAndACancelledOneRemovesIt() {
        NotificationFixture f = NotificationFixture.create(deployment, 1);
        String member = f.panel.get(0);
        long interview = f.schedule(now().plus(Duration.ofDays(3)), 60);
        tick();
        ApiResponse moved =
                f.as(f.recruiter)
                        .put(
                                "api/v1/interviews/" + interview,
                                "{\"startsAt\":\"" + now().plus(Duration.ofDays(4)) + "\"}");
        assertEquals(200, moved.status(), moved::toString);
        tick();
        assertEquals(204, f.as(f.recruiter).delete("api/v1/interviews/" + interview).status());
        tick();

        List<MimeMessage> received = Mailbox.to(mail, member);
        assertEquals(3, received.size(), () -> "got " + subjects(member));
        Calendar invited = Mailbox.calendar(received.get(0));
        Calendar updated = Mailbox.calendar(received.get(1));
        Calendar cancelled = Mailbox.calendar(received.get(2));
        String uid = Mailbox.event(invited, "UID");
        assertEquals(uid, Mailbox.event(updated, "UID"));
        assertEquals(uid, Mailbox.event(cancelled, "UID"));
        assertTrue(Mailbox.subject(received.get(1)).startsWith("Interview moved: "));
        assertEquals("REQUEST", Mailbox.method(updated));
        assertEquals("1", Mailbox.event(updated, "SEQUENCE"));
        assertFalse(Mailbox.event(invited, "DTSTART").equals(Mailbox.event(updated, "DTSTART")));
        assertEquals("CANCEL", Mailbox.method(cancelled));
        assertEquals("2", Mailbox.event(cancelled, "SEQUENCE"));
        assertEquals("CANCELLED", Mailbox.event(cancelled, "STATUS"));
    }

    @Test
    void remindersComeWhenDueEscalateAfterTheSecondAndStopOnSubmission() {
        NotificationFixture f = NotificationFixture.create(deployment, 2);
        String early = f.panel.get(0);
        String late = f.panel.get(1);
        long interview = f.schedule(now().plus(Duration.ofMinutes(5)), 60);
        tick();

        advance("PT3H4M"); // ended 1 h 59 min ago: nothing due yet
        tick();
        assertEquals(0, count(early, "Scorecard waiting"));
        String page = SignedInPages.as(deployment, early).get("index.xhtml");
        assertTrue(page.contains("1 scorecard waiting"), "the banner shows on the home page");
        assertTrue(page.contains(f.candidateName + ", ended 1 h ago"), page);

        // A second past two hours after the end: PostgreSQL rounds stored times to the microsecond,
        // so the exact instant can land a fraction after the clock.
        advance("PT1M1S");
        tick();
        assertEquals(1, count(early, "Scorecard waiting: " + f.candidateName));
        assertEquals(1, count(late, "Scorecard waiting: " + f.candidateName));
        tick();
        assertEquals(1, count(late, "Scorecard waiting"), "a reminder is sent once");

        f.submit(early, interview);
        advance("PT24H");
        tick();
        assertEquals(1, count(early, "Scorecard waiting"), "a submitted scorecard stops reminders");
        assertEquals(2, count(late, "Scorecard waiting"));
        assertEquals(0, count(f.manager, "Overdue scorecard"));

        advance("PT24H");
        tick();
        assertEquals(3, count(late, "Scorecard waiting"));
        assertEquals(1, count(f.manager, "Overdue scorecard: niv1 Person for " + f.candidateName));
        assertEquals(1, count(f.recruiter, "Overdue scorecard: niv1 Person"));

        advance("PT24H");
        tick();
        assertEquals(3, count(late, "Scorecard waiting"), "nothing after the escalation");
        assertEquals(1, count(f.manager, "Overdue scorecard"));

        f.submit(late, interview);
        tick();
        assertEquals(1, count(f.manager, "All scorecards in: " + f.candidateName));
        assertFalse(
                SignedInPages.as(deployment, late)
                        .get("index.xhtml")
                        .contains("scorecard waiting"));
    }

    @Test
    void anInterviewerWhoSwitchedOffInvitationsGetsNoneButEscalationsCannotBeSwitchedOff() {
        NotificationFixture f = NotificationFixture.create(deployment, 2);
        String quiet = f.panel.get(0);
        ApiResponse off =
                f.as(quiet).put("api/v1/me/notifications/invitation", "{\"enabled\":false}");
        assertEquals(200, off.status(), off::toString);
        ApiResponse refused =
                f.as(f.manager).put("api/v1/me/notifications/escalation", "{\"enabled\":false}");
        assertEquals(422, refused.status(), refused::toString);

        f.schedule(now().plus(Duration.ofDays(2)), 30);
        tick();

        assertEquals(0, Mailbox.to(mail, quiet).size());
        assertEquals(1, Mailbox.to(mail, f.panel.get(1)).size());
        JsonObject invitation =
                f.as(quiet).get("api/v1/me/notifications").json().getJsonArray("topics").stream()
                        .map(jakarta.json.JsonValue::asJsonObject)
                        .filter(t -> t.getString("topic").equals("invitation"))
                        .findFirst()
                        .orElseThrow();
        assertFalse(invitation.getBoolean("enabled"));
        assertTrue(invitation.getBoolean("optional"));
    }

    @Test
    void aMessageSentByANodeThatDiedBeforeMarkingItIsNeverSentAgain() {
        tick(); // nothing else due
        NotificationFixture f = NotificationFixture.create(deployment, 1);
        String member = f.panel.get(0);
        f.schedule(now().plus(Duration.ofDays(2)), 30);
        ApiResponse crashed = admin().post("api/v1/notification-test/crash-after-send", "");
        assertEquals(200, crashed.status(), crashed::toString);
        long id = crashed.json().getJsonNumber("id").longValue();
        assertEquals(1, Mailbox.to(mail, member).size(), "the receiver accepted it");

        tick(); // the claim still runs: nobody touches the message
        advance("PT6M"); // the dead node's claim has run out
        JsonObject pass = tick();
        tick();

        assertEquals(1, Mailbox.to(mail, member).size(), "never sent a second time");
        assertEquals(1, pass.getInt("inDoubt"));
        JsonObject message = admin().get("api/v1/notification-test/outbox/" + id).json();
        assertEquals("IN_DOUBT", message.getString("state"));
        assertEquals(1, message.getInt("attempts"));
    }

    @Test
    void twoNodesDispatchingAtOnceSendEveryMessageExactlyOnce() {
        tick();
        NotificationFixture f = NotificationFixture.create(deployment, 2);
        Instant start = now().plus(Duration.ofDays(5));
        for (int i = 0; i < 3; i++) {
            f.schedule(start.plus(Duration.ofHours(i)), 30);
        }

        ApiResponse both = admin().post("api/v1/notification-test/two-nodes", "");
        assertEquals(200, both.status(), both::toString);

        assertEquals(6, both.json().getInt("sent"));
        for (String member : f.panel) {
            List<MimeMessage> received = Mailbox.to(mail, member);
            Set<String> ids =
                    received.stream()
                            .map(
                                    m -> {
                                        try {
                                            return m.getMessageID();
                                        } catch (jakarta.mail.MessagingException e) {
                                            throw new IllegalStateException(e);
                                        }
                                    })
                            .collect(Collectors.toSet());
            assertEquals(3, received.size());
            assertEquals(3, ids.size());
            assertTrue(
                    ids.stream()
                            .allMatch(i -> i.matches("<outbox-\\d+@candor\\.it\\.example\\.org>")),
                    ids::toString);
        }
    }

    @Test
    void aFailingMailServerIsRetriedAfterABackoffAndReportedToTheAdministrator() {
        tick();
        mail.stop();
        NotificationFixture f = NotificationFixture.create(deployment, 1);
        String member = f.panel.get(0);
        f.schedule(now().plus(Duration.ofDays(2)), 30);

        JsonObject failed = tick();
        assertTrue(failed.getInt("failed") >= 1, failed::toString);
        String admin =
                SignedInPages.as(deployment, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                        .get("admin/notifications.xhtml");
        assertTrue(admin.contains("failing: connection refused by 127.0.0.1:" + SMTP_PORT), admin);
        assertTrue(admin.contains(NotificationFixture.email(member)), admin);

        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        tick();
        assertEquals(0, Mailbox.to(mail, member).size(), "not before the backoff has passed");
        advance("PT1M");
        tick();

        assertEquals(1, Mailbox.to(mail, member).size());
        String after =
                SignedInPages.as(deployment, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                        .get("admin/notifications.xhtml");
        assertTrue(after.contains("No message is failing."), after);
    }
}
