package dev.candor.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Accessibility;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator resets a forgotten password in Chromium, and the person sets a new one with the
 * link, on a laptop and a tablet.
 */
@CandorIntegrationTest
@RunAsClient
@Order(4)
class PasswordResetBrowserIT {

    private static final String NEW_PASSWORD = "my new password from the link";

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void theAdministratorHandsOverAOneTimeLinkAndThePersonSetsANewPasswordWithItOnce() {
        String person = TestUsers.createNamed(deployment, "rosa", "Rosa Reset", "INTERVIEWER");
        try (Browser browser = Browser.open(deployment)) {
            browser.viewport(1366, 768).signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            browser.visit("/admin/users.xhtml");
            assertEquals(
                    0,
                    buttonsOnRow(browser, TestUsers.ADMIN, "Deactivate"),
                    "no Deactivate on the administrator's own row");
            assertEquals(1, buttonsOnRow(browser, person, "Deactivate"), "but on others' rows");
            browser.click(
                    By.xpath(
                            "//tr[td[normalize-space()='"
                                    + person
                                    + "']]//button[.//span[text()='Reset password']]"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("Reset link for " + person);
            String link = browser.find(By.id("users:resetLink")).getAttribute("value");
            assertTrue(link.contains("/reset-password.xhtml?token="), link);
            browser.screenshot("admin-users-reset-link");

            browser.signOut().visitUrl(link);
            browser.waitForText("Choose a new password for Rosa Reset");
            Accessibility.assertNoSeriousProblems(browser, "the reset page");
            browser.screenshot("password-reset-1366x768");
            browser.viewport(768, 1024);
            browser.screenshot("password-reset-768x1024");

            browser.type(By.id("reset:newPassword"), NEW_PASSWORD);
            browser.type(By.id("reset:confirm"), "not the same password");
            browser.click(By.id("reset:save"));
            browser.waitForText("The two passwords are not the same.");
            browser.type(By.id("reset:newPassword"), "short");
            browser.type(By.id("reset:confirm"), "short");
            browser.click(By.id("reset:save"));
            browser.waitForText("A password needs at least 12 characters.");
            Accessibility.assertNoSeriousProblems(browser, "the reset page with errors");

            browser.type(By.id("reset:newPassword"), NEW_PASSWORD);
            browser.type(By.id("reset:confirm"), NEW_PASSWORD);
            browser.click(By.id("reset:save"));
            browser.waitForText("Your password has been set. Sign in with it.");
            assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());

            browser.signIn(person, NEW_PASSWORD);
            browser.waitForText("Your interviews");

            browser.signOut().visitUrl(link);
            browser.waitForText("This reset link has been used already.");
            Accessibility.assertNoSeriousProblems(browser, "a used reset link");
            browser.viewport(1366, 768);
            browser.screenshot("password-reset-used-1366x768");
        }
    }

    private static int buttonsOnRow(Browser browser, String username, String label) {
        return browser.findAll(
                        By.xpath(
                                "//tr[td[normalize-space()='"
                                        + username
                                        + "']]//button[.//span[text()='"
                                        + label
                                        + "']]"))
                .size();
    }
}
