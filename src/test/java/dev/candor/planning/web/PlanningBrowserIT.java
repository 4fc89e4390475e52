package dev.candor.planning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.planning.PlanningTestQuestions;
import dev.candor.planning.PlanningTestQuestionsResource;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import java.net.URL;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A recruiter builds a plan from the bank, adds a candidate and schedules a panel, in Chromium. */
@CandorIntegrationTest
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanningBrowserIT {

    private static Browser browser;
    private static String recruiter;
    private static String interviewer;
    private static long opening;
    private static final String TITLE = TestUsers.unique("Customer Service Lead");

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war()
                .addClasses(PlanningTestQuestions.class, PlanningTestQuestionsResource.class);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            recruiter = TestUsers.create(deployment, "rita", "RECRUITER");
            interviewer = TestUsers.create(deployment, "ines", "INTERVIEWER");
            browser = Browser.open(deployment);
            browser.signIn(recruiter, TestUsers.PASSWORD);
            browser.waitForText("Welcome");
        }
        return browser;
    }

    @Test
    @Order(1)
    void aRecruiterCreatesAnOpening() {
        browser().visit("/openings/index.xhtml");
        browser.type(By.id("newOpening:title"), TITLE);
        browser.type(By.id("newOpening:team"), "Customer Service");
        browser.type(By.id("newOpening:description"), "Leads the service desk.");
        browser.click(By.id("newOpening:create"));
        browser.await().until(ExpectedConditions.urlContains("opening.xhtml?id="));
        browser.waitForText("Build its interview plan next");
        opening = Long.parseLong(browser.path().replaceAll(".*id=(\\d+).*", "$1"));
        browser.screenshot("planning-opening-created");
    }

    @Test
    @Order(2)
    void theRecruiterBuildsAPlanFromTheBank() {
        browser().visit("/openings/plan.xhtml?id=" + opening);
        browser.click(By.id("plan:addStage"));
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("plan:stages:0:name")));
        browser.type(By.id("plan:stages:0:name"), "Service judgement");
        browser.type(By.id("plan:stages:0:minutes"), "20");
        browser.click(By.id("plan:save"));
        browser.waitForText("The plan has been saved.");

        browser.click(By.id("plan:kits:0:pick"));
        browser.find(By.id("plan:pickerDialog"));
        browser.type(By.id("plan:tag"), "planit");
        eventually(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("plan:results"), PlanningTestQuestions.TEXTS.get(1)));
        addFromPicker(PlanningTestQuestions.TEXTS.get(0));
        addFromPicker(PlanningTestQuestions.TEXTS.get(1));
        browser.screenshot("planning-question-picker");
        browser.click(By.id("plan:donePicking"));
        browser.type(By.id("plan:kits:0:questions:1:qminutes"), "15");
        browser.click(By.id("plan:save"));
        browser.waitForText("The plan has been saved.");
        browser.waitForText("more than its 20 minutes");
        browser.type(By.id("plan:stages:0:minutes"), "45");
        browser.click(By.id("plan:save"));
        eventually(
                ExpectedConditions.not(
                        ExpectedConditions.textToBePresentInElementLocated(
                                By.tagName("body"), "more than its 20 minutes")));
        browser.screenshot("planning-plan-editor");

        JsonObject plan =
                TestUsers.as(deployment, recruiter)
                        .get("api/v1/openings/" + opening + "/plan")
                        .json();
        JsonObject stage = plan.getJsonArray("stages").getJsonObject(0);
        assertEquals("Service judgement", stage.getString("name"));
        assertEquals(45, stage.getInt("minutes"));
        assertEquals(
                PlanningTestQuestions.TEXTS.get(0),
                stage.getJsonArray("questions").getJsonObject(0).getString("text"));
        assertEquals(15, stage.getJsonArray("questions").getJsonObject(1).getInt("minutes"));
    }

    private void addFromPicker(String text) {
        By row = By.xpath("//*[@id='plan:results']//tr[td[contains(., \"" + text + "\")]]//button");
        browser.click(row);
        eventually(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-kits"), text));
        browser.find(By.id("plan:pickerDialog"));
    }

    @Test
    @Order(3)
    void theRecruiterAddsACandidate() {
        browser().visit("/openings/opening.xhtml?id=" + opening);
        browser.click(By.xpath("//a[contains(., 'Candidates')]"));
        browser.type(By.id("tabs:newCandidate:name"), "Amara Okafor");
        browser.type(By.id("tabs:newCandidate:email"), "amara.okafor@example.com");
        browser.type(By.id("tabs:newCandidate:phone"), "+44 20 7946 0101");
        browser.click(By.id("tabs:newCandidate:add"));
        browser.waitForText("Amara Okafor has been added.");
        assertTrue(
                browser.find(By.id("tabs:candidates:table"))
                        .getText()
                        .contains("amara.okafor@example.com"));
        browser.screenshot("planning-candidates");
    }

    @Test
    @Order(4)
    void theRecruiterSchedulesAPanel() {
        browser().visit("/openings/opening.xhtml?id=" + opening);
        browser.click(By.xpath("//a[contains(., 'Interviews')]"));
        chooseFromMenu("tabs:schedule:candidate", "Amara Okafor");
        chooseFromMenu("tabs:schedule:stage", "Service judgement");
        eventually(ExpectedConditions.attributeToBe(By.id("tabs:schedule:minutes"), "value", "45"));
        browser.type(By.id("tabs:schedule:startsAt_input"), "2031-03-03 10:00");
        browser.find(By.id("tabs:schedule:startsAt_input")).sendKeys(Keys.ESCAPE);
        browser.type(By.id("tabs:schedule:panel_input"), interviewer);
        browser.click(
                By.xpath(
                        "//li[contains(@class,'ui-autocomplete-item') and contains(., '"
                                + interviewer
                                + "')]"));
        eventually(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("tabs:schedule:panel"), interviewer));
        browser.screenshot("planning-schedule-interview");
        browser.click(By.id("tabs:schedule:create"));
        browser.waitForText("has been scheduled");
        assertTrue(browser.find(By.id("tabs:interviews:table")).getText().contains("Amara Okafor"));
        browser.screenshot("planning-interviews");

        ApiResponse mine = TestUsers.as(deployment, interviewer).get("api/v1/interviews?mine=true");
        JsonObject interview = mine.jsonArray().getJsonObject(0);
        assertEquals("Service judgement", interview.getString("stage"));
        assertEquals("2031-03-03T10:00:00Z", interview.getString("startsAt"));
        assertEquals(45, interview.getInt("minutes"));
    }

    @Test
    @Order(5)
    void theInterviewerSeesTheInterviewOnTheirHomePage() {
        browser().signOut();
        browser.signIn(interviewer, TestUsers.PASSWORD);
        browser.waitForText("Upcoming");
        assertTrue(browser.find(By.id("upcoming")).getText().contains("Amara Okafor"));
        browser.click(By.xpath("//ul[@id='upcoming']//a"));
        browser.waitForText(PlanningTestQuestions.TEXTS.get(0));
        browser.waitForText("follow the interview plan until someone starts scoring");
        browser.screenshot("planning-interview-page");
    }

    /** Waits through the moments when an ajax update has replaced the element being read. */
    private static <T> T eventually(
            java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return browser.await().ignoring(StaleElementReferenceException.class).until(condition);
    }

    private void chooseFromMenu(String id, String label) {
        browser.click(By.id(id));
        browser.click(
                By.xpath(
                        "//*[@id='"
                                + id
                                + "_items']/li[starts-with(@data-label, \""
                                + label
                                + "\")]"));
    }
}
