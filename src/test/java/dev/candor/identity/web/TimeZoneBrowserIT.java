package dev.candor.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.identity.application.DisplayedTime;
import dev.candor.notification.NotificationFixture;
import dev.candor.testing.Accessibility;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Time zones in Chromium: the browser's zone becomes a person's on their first sign-in, times are
 * shown in it (in the format of the browser's language), and "My account" changes it.
 */
@CandorIntegrationTest
@RunAsClient
class TimeZoneBrowserIT {

    @ArquillianResource private URL deployment;

    private Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theFirstSignInTakesTheBrowsersZoneAndTheInterviewsAreShownInIt() {
        NotificationFixture f = NotificationFixture.create(deployment, 1);
        String interviewer = f.panel.get(0);
        ApiResponse candidate =
                f.as(f.recruiter)
                        .put(
                                "api/v1/candidates/" + f.candidateId,
                                "{\"name\":\""
                                        + f.candidateName
                                        + "\",\"email\":\"ana@example.com\",\"timeZone\":\"Asia/Tokyo\"}");
        assertEquals(200, candidate.status(), candidate::toString);
        Instant startsAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        long interview = f.schedule(startsAt, 60);
        assertFalse(
                f.as(interviewer).get("api/v1/me").json().containsKey("timeZone"),
                "no zone before signing in");

        browser = Browser.open(deployment);
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
        browser.visit("/login.xhtml");
        assertEquals(
                "America/New_York",
                ((JavascriptExecutor) browser.driver())
                        .executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;"),
                "the emulated zone");
        Locale language = browserLanguage();
        browser.signIn(interviewer, TestUsers.PASSWORD);

        assertEquals(
                "America/New_York",
                f.as(interviewer).get("api/v1/me").json().getString("timeZone"),
                "the browser's zone is the person's now");
        ZoneId newYork = ZoneId.of("America/New_York");
        String shown = DisplayedTime.of(startsAt, newYork, language);
        browser.visit("/scoring/index.xhtml");
        assertShows(shown);
        Accessibility.assertNoSeriousProblems(browser, "my interviews");

        browser.visit("/openings/interview.xhtml?id=" + interview);
        String candidateTime =
                "also "
                        + DisplayedTime.timeOfDay(startsAt, ZoneId.of("Asia/Tokyo"), language)
                        + " in Asia/Tokyo (candidate)";
        assertShows(shown);
        assertShows(candidateTime);
        Accessibility.assertNoSeriousProblems(browser, "interview page");

        browser.signOut();
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Kolkata"));
        browser.signIn(interviewer, TestUsers.PASSWORD);
        assertEquals(
                "America/New_York",
                f.as(interviewer).get("api/v1/me").json().getString("timeZone"),
                "a later sign-in from elsewhere does not change the person's choice");
    }

    @Test
    void myAccountChangesTheZoneTimesAreShownIn() {
        String person = TestUsers.create(deployment, "tzpick", "INTERVIEWER");
        browser = Browser.open(deployment);
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
        browser.signIn(person, TestUsers.PASSWORD);
        browser.visit("/account.xhtml");
        browser.waitForText("Time zone");
        assertEquals("UTC", browser.find(By.id("timeZone:zone_label")).getText());

        browser.click(By.id("timeZone:zone"));
        browser.type(By.id("timeZone:zone_filter"), "Lisbon");
        browser.click(By.cssSelector("#timeZone\\:zone_items li[data-label='Europe/Lisbon']"));
        browser.click(By.id("timeZone:saveZone"));
        browser.waitForText("Times are now shown in Europe/Lisbon.");
        assertEquals(
                "Europe/Lisbon",
                TestUsers.as(deployment, person).get("api/v1/me").json().getString("timeZone"));

        for (int[] size : List.of(new int[] {1366, 768}, new int[] {768, 1024})) {
            browser.viewport(size[0], size[1]);
            browser.visit("/account.xhtml");
            browser.waitForText("Europe/Lisbon");
            Accessibility.assertNoSeriousProblems(browser, "my account " + size[0]);
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('timeZoneSection').scrollIntoView();");
            browser.screenshot("my-account-time-zone-" + size[0] + "x" + size[1]);
        }
    }

    /** The language the browser asks pages in (its Accept-Language), as a Java locale. */
    private Locale browserLanguage() {
        return Locale.forLanguageTag(
                (String)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript("return navigator.language;"));
    }

    private void assertShows(String text) {
        browser.find(By.id("main"));
        assertTrue(browser.pageText().contains(text), () -> text + " in: " + browser.pageText());
    }
}
