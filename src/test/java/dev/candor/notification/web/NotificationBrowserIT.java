package dev.candor.notification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.notification.NotificationFixture;
import dev.candor.testing.Accessibility;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The banner and "my account" in headless Chromium, on a server without a mail host (the default):
 * the banner works regardless, and the pages say that no e-mail is sent.
 */
@CandorIntegrationTest
class NotificationBrowserIT {

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
    void anInterviewerWhoOwesAScorecardSeesTheBannerOnEveryPageAndChoosesTheirEmail() {
        NotificationFixture f = NotificationFixture.create(deployment, 1);
        String interviewer = f.panel.get(0);
        f.schedule(Instant.now().minus(Duration.ofHours(4)), 60);
        browser = Browser.open(deployment);
        browser.signIn(interviewer, TestUsers.PASSWORD);

        for (int[] size : List.of(new int[] {1366, 768}, new int[] {768, 1024})) {
            browser.resize(size[0], size[1]);
            browser.visit("/index.xhtml");
            String banner = browser.find(By.id("scorecardBanner")).getText();
            assertTrue(banner.contains("1 scorecard waiting"), banner);
            assertTrue(banner.contains(f.candidateName + ", ended 3 h ago"), banner);
            assertNoSeriousAccessibilityProblems("home " + size[0]);
            browser.screenshot("notification-banner-" + size[0]);

            browser.visit("/account.xhtml");
            browser.waitForText("E-mail from Candor");
            assertTrue(browser.find(By.id("scorecardBanner")).isDisplayed(), "on every page");
            assertTrue(browser.pageText().contains("This installation has no mail server set up"));
            assertNoSeriousAccessibilityProblems("account " + size[0]);
            browser.screenshot("notification-account-" + size[0]);
        }

        browser.click(By.cssSelector("#notificationPreferences li:nth-child(2) .ui-chkbox-box"));
        browser.click(By.id("notifications:save"));
        browser.waitForText("Your e-mail choices have been saved.");
        assertEquals(
                1,
                f
                        .as(interviewer)
                        .get("api/v1/me/notifications")
                        .json()
                        .getJsonArray("topics")
                        .stream()
                        .filter(t -> !t.asJsonObject().getBoolean("enabled"))
                        .count());
    }

    @Test
    void theAdministratorIsToldThatWithoutAMailHostNothingIsSent() {
        browser = Browser.open(deployment);
        TestUsers.admin(deployment);
        browser.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        browser.resize(1366, 768);
        browser.visit("/admin/notifications.xhtml");
        browser.waitForText("No mail server is set up (CANDOR_SMTP_HOST): Candor sends no e-mail.");
        assertFalse(browser.pageText().contains("failing:"));
        assertNoSeriousAccessibilityProblems("admin notifications");
        browser.screenshot("notification-admin-1366");
    }

    private void assertNoSeriousAccessibilityProblems(String where) {
        Accessibility.assertNoSeriousProblems(browser, where);
    }
}
