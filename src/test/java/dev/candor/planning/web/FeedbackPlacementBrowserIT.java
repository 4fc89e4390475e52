package dev.candor.planning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.Accessibility;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * Messages show where the person is looking, on a 1366x768 laptop: a field's problem beside the
 * field (with the focus there), a confirmation and a scheduling warning at the form that was sent.
 */
@CandorIntegrationTest
@RunAsClient
@Order(23)
class FeedbackPlacementBrowserIT {

    private static final int NEAR = 150;

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void an_invalid_email_is_reported_beside_the_field_and_an_added_candidate_beside_the_form() {
        ScoringFixture world = ScoringFixture.create(deployment, 1, 1);
        try (Browser browser = Browser.open(deployment)) {
            browser.viewport(1366, 768);
            browser.signIn(world.recruiter, dev.candor.testing.TestUsers.PASSWORD);
            browser.visit("/openings/opening.xhtml?id=" + world.openingId);
            browser.click(By.xpath("//a[contains(., 'Candidates')]"));
            browser.type(By.id("tabs:newCandidate:name"), "Omar Said");
            browser.type(By.id("tabs:newCandidate:email"), "omar.said-at-example");
            browser.click(By.id("tabs:newCandidate:add"));

            WebElement message =
                    browser.find(
                            By.xpath(
                                    "//*[@id='tabs:newCandidate:email']/following-sibling::*"
                                            + "[contains(@class, 'ui-message-error')]"));
            assertTrue(message.getText().contains("email"), message.getText());
            WebElement field = browser.find(By.id("tabs:newCandidate:email"));
            assertNear(field, message, "the e-mail's message");
            assertInViewport(browser, message, "the e-mail's message");
            awaitFocus(browser, "tabs:newCandidate:email");
            assertEquals("true", field.getAttribute("aria-invalid"));
            // The tab's import form (a PrimeFaces file upload) has a known violation, left to the
            // every-page accessibility work; the form with its messages is checked.
            Accessibility.assertNoSeriousProblemsIn(
                    browser, "[id='tabs:newCandidate']", "the new-candidate form with a problem");

            browser.type(By.id("tabs:newCandidate:email"), "omar.said@example.com");
            browser.click(By.id("tabs:newCandidate:add"));
            WebElement added =
                    browser.find(
                            By.cssSelector("[id='tabs:newCandidate:feedback'] .form-message-info"));
            assertTrue(added.getText().contains("Omar Said has been added."), added.getText());
            assertNear(browser.find(By.id("tabs:newCandidate:add")), added, "the confirmation");
            assertInViewport(browser, added, "the confirmation");
            awaitFocus(browser, "tabs:newCandidate:feedback");
            assertTrue(
                    browser.findAll(By.cssSelector("#messages .ui-messages-info")).isEmpty(),
                    "not repeated at the top of the page");
            browser.screenshot("feedback-candidate-added-1366x768");
        }
    }

    @Test
    void a_scheduling_conflict_is_a_warning_at_the_scheduling_form() {
        ScoringFixture world = ScoringFixture.create(deployment, 1, 1);
        ApiResponse second =
                world.as(world.recruiter)
                        .post(
                                "api/v1/interviews",
                                "{\"candidateId\":"
                                        + world.candidateId
                                        + ",\"stage\":\"Main\",\"startsAt\":\"2030-01-15T10:30:00Z\","
                                        + "\"minutes\":60,\"panel\":[\""
                                        + world.panel.get(0)
                                        + "\"]}");
        assertEquals(201, second.status(), second::toString);
        long interview = second.json().getJsonNumber("id").longValue();
        try (Browser browser = Browser.open(deployment)) {
            browser.viewport(1366, 768);
            browser.signIn(world.recruiter, dev.candor.testing.TestUsers.PASSWORD);
            browser.visit("/openings/interview.xhtml?id=" + interview);
            browser.click(By.id("change:save"));
            WebElement warning =
                    browser.find(By.cssSelector("[id='change:feedback'] .form-message-warn"));
            assertTrue(warning.getText().contains("overlapping"), warning.getText());
            assertNear(browser.find(By.id("change:save")), warning, "the conflict warning");
            assertInViewport(browser, warning, "the conflict warning");
            assertTrue(
                    browser.find(By.cssSelector("[id='change:feedback'] .form-message-info"))
                                    .getText()
                                    .length()
                            > 0,
                    "the change is confirmed at the form too");
            awaitFocus(browser, "change:feedback");
            // The panel picker and the date field have known violations, left to the every-page
            // accessibility work; the form's message area and buttons are checked.
            Accessibility.assertNoSeriousProblemsIn(
                    browser, "[id='change:feedback']", "the interview's warning");
            browser.screenshot("feedback-scheduling-conflict-1366x768");
        }
    }

    /** Waits for the focus to reach the element, saying where it is instead when it does not. */
    private static void awaitFocus(Browser browser, String id) {
        try {
            browser.await().until(d -> id.equals(activeElementId(browser)));
        } catch (org.openqa.selenium.TimeoutException e) {
            Object focused =
                    ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                    "var a = document.activeElement;"
                                            + " return a ? a.outerHTML.substring(0, 300) : 'nothing';");
            throw new AssertionError("the focus is not on " + id + " but on " + focused, e);
        }
    }

    private static String activeElementId(Browser browser) {
        return String.valueOf(
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return document.activeElement && document.activeElement.id;"));
    }

    /** The gap between the two boxes, vertically and horizontally, is at most NEAR pixels. */
    private static void assertNear(WebElement anchor, WebElement message, String what) {
        Rectangle a = anchor.getRect();
        Rectangle m = message.getRect();
        int vertical =
                Math.max(
                        0,
                        Math.max(
                                m.getY() - (a.getY() + a.getHeight()),
                                a.getY() - (m.getY() + m.getHeight())));
        int horizontal =
                Math.max(
                        0,
                        Math.max(
                                m.getX() - (a.getX() + a.getWidth()),
                                a.getX() - (m.getX() + m.getWidth())));
        assertTrue(
                vertical <= NEAR && horizontal <= NEAR,
                what
                        + " is "
                        + vertical
                        + " px / "
                        + horizontal
                        + " px from its place: "
                        + a
                        + " vs "
                        + m);
    }

    private static void assertInViewport(Browser browser, WebElement element, String what) {
        Object inside =
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var r = arguments[0].getBoundingClientRect();"
                                        + "return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight"
                                        + " && r.right <= window.innerWidth;",
                                element);
        assertEquals(Boolean.TRUE, inside, what + " is inside the 1366x768 viewport");
    }
}
