package dev.candor.questionbank.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Accessibility;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A recruiter writes a question with its rating scale, makes it active, revises it and imports a
 * file.
 */
@CandorIntegrationTest
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuestionBankBrowserIT {

    private static final String WORDING =
            "Tell me about a time a customer had to wait "
                    + UUID.randomUUID().toString().substring(0, 6)
                    + ".";
    private static final String REWORDED =
            WORDING.replace("had to wait", "waited longer than promised");

    private static Browser browser;
    private static String questionPath;

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open(deployment);
            String recruiter = TestUsers.create(deployment, "recruiter", "RECRUITER");
            browser.signIn(recruiter, TestUsers.PASSWORD).waitForText("Question bank");
        }
        return browser;
    }

    private void choose(String menu, String label) {
        browser.click(By.id(menu));
        browser.click(By.cssSelector("[id='" + menu + "_items'] li[data-label='" + label + "']"));
        browser.await()
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(menu + "_panel")));
    }

    private void anchor(int score, String label, String description) {
        int row = score - 1;
        browser.type(By.id("editor:anchors:" + row + ":label"), label);
        browser.type(By.id("editor:anchors:" + row + ":description"), description);
    }

    @Test
    @Order(1)
    void aRefusedSaveShowsProblemsBesideTheFieldsAndKeepsWhatWasTyped() {
        browser().visit("/questions/edit.xhtml").waitForText("Write a question");
        browser.type(By.id("editor:anchors:0:label"), "Shrugs it off");
        browser.click(By.id("editor:save"));
        browser.waitForText("The question was not saved");
        assertTrue(
                browser.pageText().contains("This is required but empty."),
                "the text is asked for");
        assertTrue(
                browser.pageText().contains("Choose the competency"),
                "the competency is asked for");
        assertEquals(
                "Shrugs it off",
                browser.find(By.id("editor:anchors:0:label")).getAttribute("value"),
                "nothing typed is lost");
        browser.screenshot("bank-editor-problems-1280");
    }

    @Test
    @Order(2)
    void aRecruiterWritesAnActiveQuestionWithAnchorsAndSeesThePreview() {
        browser().visit("/questions/edit.xhtml").waitForText("Write a question");
        browser.type(By.id("editor:text"), WORDING);
        choose("editor:competency", "Composure");
        browser.type(
                By.id("editor:guidance"),
                "Listen for whether the wait was treated as part of the service.");
        browser.click(By.id("editor:addProbe"));
        browser.type(By.id("editor:probes:0:probe"), "What did you say while they waited?");
        anchor(1, "Silence", "Worked in silence and let the customer wonder.");
        anchor(3, "Kept them informed", "Said what was happening and how long it would take.");
        anchor(
                5,
                "Turned the wait into service",
                "Explained each step and used the time to learn more.");
        browser.find(By.id("editor:tags_input")).sendKeys("waits", Keys.ENTER);
        choose("editor:status", "Active");
        browser.await()
                .until(
                        ExpectedConditions.textToBePresentInElementLocated(
                                By.id("editor:preview"), "Turned the wait into service"));
        browser.screenshot("bank-editor-1280");
        browser.resize(768, 1000).screenshot("bank-editor-768");
        browser.resize(1280, 900);

        browser.click(By.id("editor:save"));
        browser.waitForText("Version 1");
        questionPath = browser.path();
        assertTrue(questionPath.startsWith("/questions/view.xhtml?id="), questionPath);
        assertEquals("Active", browser.find(By.id("status")).getText());
        assertTrue(browser.pageText().contains("Kept them informed"), "the anchors are shown");
    }

    @Test
    @Order(3)
    void editingTheActiveQuestionMakesASecondVersionInTheHistory() {
        browser().visit(questionPath).waitForText("Version 1");
        browser.click(By.id("actions:edit"));
        browser.waitForText("Edit question");
        browser.type(By.id("editor:text"), REWORDED);
        browser.type(By.id("editor:changeNote"), "Says what the wait was");
        browser.click(By.id("editor:save"));
        browser.waitForText("Version 2");
        String page = browser.pageText();
        assertTrue(page.contains("Says what the wait was"), "the history shows the change note");
        String comparison = browser.find(By.id("comparison")).getText();
        assertTrue(comparison.contains(WORDING) && comparison.contains(REWORDED), comparison);
        browser.screenshot("bank-question-1280");
        browser.resize(768, 1000).screenshot("bank-question-768");
        browser.resize(1280, 900);
    }

    @Test
    @Order(4)
    void anImportWithABadRowShowsTheRowAndImportsNothing() throws IOException {
        Path file = Files.createTempFile("questions", ".csv");
        Files.writeString(
                file,
                "text,kind,competency,guidance,anchor1_label,anchor1_description,anchor3_label,"
                        + "anchor3_description,anchor5_label,anchor5_description,status\n"
                        + "\"Tell me about a fine question?\",BEHAVIOURAL,Composure,g,a,b,c,d,e,f,DRAFT\n"
                        + "\"Tell me about telepathy?\",BEHAVIOURAL,Telepathy,g,a,b,c,d,e,f,DRAFT\n");
        browser().visit("/questions/index.xhtml").waitForText("Import questions");
        browser.driver()
                .findElement(By.id("importForm:file"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("importForm:importButton"));
        browser.waitForText("row 3, column competency");
        assertTrue(browser.pageText().contains("Nothing was imported"));
        browser.screenshot("bank-import-problems-1280");
        browser.type(By.id("filters:search"), "fine question");
        browser.click(By.id("filters:apply"));
        browser.waitForText("0 questions match");
        browser.click(By.id("filters:clear"));
        browser.waitForText("Questions per competency");
        browser.screenshot("bank-list-1280");
        browser.resize(768, 1000).screenshot("bank-list-768");
        browser.resize(1280, 900);
        Files.deleteIfExists(file);
    }

    @Test
    @Order(5)
    void anActiveQuestionWithOnlyItsTextShowsEveryProblemAtItsFieldInOneSave() {
        String text =
                "Tell me about a promise you could not keep "
                        + UUID.randomUUID().toString().substring(0, 6)
                        + ".";
        browser().visit("/questions/edit.xhtml").waitForText("Write a question");
        browser.type(By.id("editor:text"), text);
        choose("editor:status", "Active");
        browser.click(By.id("editor:save"));
        browser.waitForText("The question was not saved");
        for (String field :
                List.of(
                        "editor:competency",
                        "editor:guidance",
                        "editor:anchors:0:label",
                        "editor:anchors:2:label",
                        "editor:anchors:4:label")) {
            assertTrue(
                    !browser.findAll(
                                    By.xpath(
                                            "//*[@id='"
                                                    + field
                                                    + "']/ancestor::div[contains(@class,'field') or contains(@class,'anchor-inputs')][1]"
                                                    + "//*[contains(@class,'ui-message-error')]"))
                            .isEmpty(),
                    "a message beside " + field + " after the first save: " + browser.pageText());
        }
        Accessibility.assertNoSeriousProblems(browser, "the editor with its problems");

        choose("editor:competency", "Composure");
        browser.type(By.id("editor:guidance"), "Listen for how they told the customer.");
        anchor(1, "Hid it", "Let the customer find out alone.");
        anchor(3, "Said so", "Told the customer, late.");
        anchor(5, "Owned it early", "Told the customer at once and offered what they could.");
        browser.click(By.id("editor:save"));
        browser.waitForText("Version 1");
        String usage = browser.find(By.id("usage")).getText();
        assertFalse(usage.contains("draft is edited in place"), usage);
        assertTrue(usage.contains("Editing it makes a new version"), usage);
        Accessibility.assertNoSeriousProblems(browser, "an active question");
    }
}
