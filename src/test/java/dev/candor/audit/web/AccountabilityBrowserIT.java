package dev.candor.audit.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.ScoringFixture;
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

/** The administrator's audit log and privacy pages in headless Chromium, with axe-core. */
@CandorIntegrationTest
@RunAsClient
@Order(51)
class AccountabilityBrowserIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void anAdministratorChecksTheChainFiltersTheLogAndErasesACandidatePastRetention() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        String name =
                f.as(f.recruiter)
                        .get("api/v1/candidates/" + f.candidateId)
                        .json()
                        .getString("name");
        f.as(f.recruiter).post("api/v1/openings/" + f.openingId + "/close", "{}");
        TestUsers.admin(deployment);
        try (Browser browser = Browser.open(deployment)) {
            browser.resize(1366, 768).signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            browser.click(By.linkText("Audit log")).waitForText("Check the chain");
            Accessibility.assertNoSeriousProblems(browser, "audit log");
            browser.click(By.id("verifyForm:verify")).waitForText("The audit log is intact");
            browser.type(By.id("filters:type"), "user.created");
            browser.click(By.id("filters:search"));
            // The recruiter's name is on the page before the filter applies (their sign-ins): wait
            // for the filtered table itself, which then holds the chosen type only.
            browser.await()
                    .until(
                            d -> {
                                String table = d.findElement(By.id("entries:table")).getText();
                                return table.contains("user.created")
                                        && !table.contains("signin.succeeded");
                            });
            assertTrue(
                    browser.find(By.id("entries:table")).getText().contains(f.recruiter),
                    "the recruiter's creation is listed");
            Accessibility.assertNoSeriousProblems(browser, "audit log, filtered");
            browser.screenshot("audit-log");

            browser.click(By.linkText("Privacy and backups")).waitForText(name);
            Accessibility.assertNoSeriousProblems(browser, "privacy and backups");
            browser.resize(768, 1024);
            browser.screenshot("privacy-tablet");
            browser.resize(1366, 768);
            browser.click(By.id("backup:now")).waitForText("written");
            String row = "//tr[td[contains(., '" + name + "')]]";
            browser.type(By.xpath(row + "//input"), "retention period over");
            browser.click(By.xpath(row + "//button"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("was erased");
            assertFalse(browser.pageText().contains(name), "no longer listed, nor named");
            assertTrue(
                    f.as(f.recruiter)
                            .get("api/v1/candidates/" + f.candidateId)
                            .json()
                            .getString("name")
                            .startsWith("Erased candidate"));
            browser.screenshot("privacy-after-erasure");
        }
    }
}
