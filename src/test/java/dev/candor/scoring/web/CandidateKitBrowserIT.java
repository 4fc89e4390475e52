package dev.candor.scoring.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.planning.ResumePdfs;
import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.Accessibility;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The interviewer's start screen shows the candidate's profile (source, links, résumé) before the
 * interview, and withholds it when the opening compares candidates blind.
 */
@CandorIntegrationTest
@RunAsClient
@Order(25)
class CandidateKitBrowserIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void the_panel_reads_the_profile_on_the_start_screen_and_sees_none_of_it_in_a_blind_opening() {
        ScoringFixture world = ScoringFixture.create(deployment, 1, 2);
        ApiClient recruiter = world.as(world.recruiter);
        String candidate = "api/v1/candidates/" + world.candidateId;
        ApiResponse profile =
                recruiter.put(
                        candidate,
                        "{\"links\":[\"https://www.linkedin.com/in/casey-candidate\","
                                + "\"https://casey.example/portfolio\"],\"source\":\"Referral by Dana Ortiz\"}");
        assertEquals(200, profile.status(), profile::toString);
        jakarta.json.JsonObject stored = recruiter.get(candidate).json();
        ApiResponse zone =
                recruiter.put(
                        candidate,
                        "{\"name\":\""
                                + stored.getString("name")
                                + "\",\"email\":\""
                                + stored.getString("email")
                                + "\",\"timeZone\":\"America/New_York\"}");
        assertEquals(200, zone.status(), zone::toString);
        ApiResponse resume =
                recruiter.put(
                        candidate + "/resume",
                        "application/pdf",
                        ResumePdfs.onePage("Casey Candidate — support lead"));
        assertEquals(204, resume.status(), resume::toString);
        String interviewer = world.panel.get(0);
        long scorecard = world.scorecardOf(interviewer);

        try (Browser browser = Browser.open(deployment)) {
            browser.viewport(1366, 768);
            browser.signIn(interviewer, TestUsers.PASSWORD);
            browser.visit("/scoring/scorecard.xhtml?id=" + scorecard);
            WebElement kit = browser.find(By.id("candidateProfile"));
            assertTrue(kit.getText().contains("Referral by Dana Ortiz"), kit.getText());
            assertTrue(kit.getText().contains("https://casey.example/portfolio"), kit.getText());
            assertTrue(
                    browser.find(By.id("profileTimeZone")).getText().contains("America/New_York"),
                    kit.getText());
            WebElement download = browser.find(By.id("profileResume"));
            assertTrue(
                    download.getAttribute("href").endsWith(candidate + "/resume"),
                    download.getAttribute("href"));
            assertTrue(download.getText().contains("PDF"), download.getText());
            Accessibility.assertNoSeriousProblems(browser, "the start screen with the profile");
            browser.screenshot("scoring-start-profile-1366x768");
            browser.viewport(768, 1024);
            browser.visit("/scoring/scorecard.xhtml?id=" + scorecard);
            browser.find(By.id("profileResume"));
            Accessibility.assertNoSeriousProblems(browser, "the start screen at 768 px");
            browser.screenshot("scoring-start-profile-768x1024");

            ApiResponse blind =
                    recruiter.put(
                            "api/v1/openings/" + world.openingId,
                            "{\"title\":\""
                                    + TestUsers.unique("Blind opening")
                                    + "\",\"team\":\"Support\",\"description\":\"Blind\","
                                    + "\"hiringManagers\":[\""
                                    + world.manager
                                    + "\"],\"keyCompetencies\":[],\"blind\":true}");
            assertEquals(200, blind.status(), blind::toString);
            browser.visit("/scoring/scorecard.xhtml?id=" + scorecard);
            String withheld = browser.find(By.id("candidateProfile")).getText();
            assertTrue(withheld.contains("blind"), withheld);
            assertTrue(browser.findAll(By.id("profileResume")).isEmpty(), withheld);
            assertTrue(!withheld.contains("Referral by Dana Ortiz"), withheld);
            assertEquals(404, world.as(interviewer).download(candidate + "/resume").statusCode());
            assertEquals(200, recruiter.download(candidate + "/resume").statusCode());
        }
    }

    @Test
    void
            the_recruiter_adds_the_profile_on_the_candidate_page_and_a_file_that_is_no_pdf_is_refused_there()
                    throws IOException {
        ScoringFixture world = ScoringFixture.create(deployment, 1, 1);
        Path word = Files.createTempFile("resume", ".pdf");
        Files.writeString(word, "PK\u0003\u0004 a Word file named .pdf");
        Path pdf = Files.createTempFile("resume", ".pdf");
        byte[] resume = ResumePdfs.onePage("Casey Candidate");
        Files.write(pdf, resume);
        try (Browser browser = Browser.open(deployment)) {
            browser.viewport(1366, 768);
            browser.signIn(world.recruiter, TestUsers.PASSWORD);
            browser.visit("/openings/candidate.xhtml?id=" + world.candidateId);
            browser.type(By.id("profile:links"), "https://casey.example\njavascript:alert(1)");
            browser.type(By.id("profile:source"), "Job board");
            browser.click(By.id("profile:save"));
            assertTrue(besideField(browser, "profile:links").contains("not a web address"));

            browser.type(By.id("profile:links"), "https://casey.example");
            browser.click(By.id("profile:save"));
            browser.await()
                    .until(
                            d ->
                                    browser.pageText().contains("The profile has been saved.")
                                            && !browser.findAll(
                                                            By.cssSelector(
                                                                    "[id='profile:feedback'] .form-message-info"))
                                                    .isEmpty());

            browser.driver()
                    .findElement(By.id("resumeUpload:resume"))
                    .sendKeys(word.toAbsolutePath().toString());
            browser.click(By.id("resumeUpload:upload"));
            assertTrue(besideField(browser, "resumeUpload:resume").contains("not a PDF"));
            Accessibility.assertNoSeriousProblems(
                    browser, "the candidate page with a refused file");

            browser.driver()
                    .findElement(By.id("resumeUpload:resume"))
                    .sendKeys(pdf.toAbsolutePath().toString());
            browser.click(By.id("resumeUpload:upload"));
            browser.find(By.id("resumeDownload"));
            assertTrue(
                    browser.find(By.cssSelector("[id='resumeUpload:feedback'] .form-message-info"))
                            .getText()
                            .contains("has been stored"));
        } finally {
            Files.deleteIfExists(word);
            Files.deleteIfExists(pdf);
        }
        ApiResponse candidate =
                world.as(world.recruiter).get("api/v1/candidates/" + world.candidateId);
        assertEquals("Job board", candidate.json().getString("source"));
        assertArrayEquals(
                resume,
                world.as(world.recruiter)
                        .download("api/v1/candidates/" + world.candidateId + "/resume")
                        .body());
    }

    /** The message shown beside a field (in the field's own container). */
    private static String besideField(Browser browser, String fieldId) {
        return browser.find(
                        By.xpath(
                                "//*[@id='"
                                        + fieldId
                                        + "']/following-sibling::*[contains(@class, 'ui-message-error')]"))
                .getText();
    }
}
