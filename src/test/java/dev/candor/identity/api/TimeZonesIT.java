package dev.candor.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.notification.NotificationFixture;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** People's and candidates' time zones through the REST API (the installation's zone is UTC). */
@CandorIntegrationTest
@RunAsClient
class TimeZonesIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void aPersonChoosesTheirZoneAndAnUnknownOneIsRefused() {
        ApiClient ada = TestUsers.as(deployment, TestUsers.create(deployment, "tz", "INTERVIEWER"));
        JsonObject before = ada.get("api/v1/me").json();
        assertFalse(before.containsKey("timeZone"), before::toString);
        assertEquals("UTC", before.getString("timesShownIn"));

        ApiResponse chosen = ada.put("api/v1/me/time-zone", "{\"timeZone\":\"Asia/Tokyo\"}");
        assertEquals(200, chosen.status(), chosen::toString);
        assertEquals("Asia/Tokyo", chosen.json().getString("timeZone"));

        ApiResponse refused = ada.put("api/v1/me/time-zone", "{\"timeZone\":\"Mars/Base\"}");
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("timeZone"), refused::body);
        assertEquals("Asia/Tokyo", ada.get("api/v1/me").json().getString("timesShownIn"));
    }

    @Test
    void theScheduleReadsInEachCallersZone() {
        NotificationFixture f = NotificationFixture.create(deployment, 1);
        ApiResponse chosen =
                f.as(f.recruiter).put("api/v1/me/time-zone", "{\"timeZone\":\"America/New_York\"}");
        assertEquals(200, chosen.status(), chosen::toString);
        Instant startsAt = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.HOURS);
        long interview = f.schedule(startsAt, 45);

        JsonObject asRecruiter = f.as(f.recruiter).get("api/v1/interviews/" + interview).json();
        assertEquals("America/New_York", asRecruiter.getString("timeZone"));
        assertEquals(local(startsAt, "America/New_York"), asRecruiter.getString("localStartsAt"));
        assertEquals(startsAt.toString(), asRecruiter.getString("startsAt"));

        JsonObject asPanel = f.as(f.panel.get(0)).get("api/v1/interviews/" + interview).json();
        assertEquals("UTC", asPanel.getString("timeZone"), "no zone chosen: the installation's");
        assertEquals(local(startsAt, "UTC"), asPanel.getString("localStartsAt"));
    }

    @Test
    void aCandidatesZoneIsKeptShownWithTheirInterviewsAndAnUnknownOneRefused() {
        NotificationFixture f = NotificationFixture.create(deployment, 1);
        ApiClient recruiter = f.as(f.recruiter);
        String candidate = "api/v1/candidates/" + f.candidateId;
        ApiResponse saved =
                recruiter.put(
                        candidate,
                        "{\"name\":\""
                                + f.candidateName
                                + "\",\"email\":\"ana@example.com\",\"timeZone\":\"America/Sao_Paulo\"}");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("America/Sao_Paulo", saved.json().getString("timeZone"));

        long interview = f.schedule(Instant.now().plus(Duration.ofDays(5)), 30);
        assertEquals(
                "America/Sao_Paulo",
                recruiter
                        .get("api/v1/interviews/" + interview)
                        .json()
                        .getString("candidateTimeZone"));

        ApiResponse refused =
                recruiter.put(
                        candidate,
                        "{\"name\":\""
                                + f.candidateName
                                + "\",\"email\":\"ana@example.com\",\"timeZone\":\"Atlantis/Capital\"}");
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("time zone"), refused::body);
        assertEquals("America/Sao_Paulo", recruiter.get(candidate).json().getString("timeZone"));
    }

    private static String local(Instant instant, String zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZoneId.of(zone)));
    }
}
