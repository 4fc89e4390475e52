package dev.candor.scoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The evidence rule cannot be beaten with the notes' template, the page's words have no placeholder
 * left in them, the interview clock survives a reload, and submitting is confirmed where the
 * interviewer looks.
 */
@CandorIntegrationTest
@RunAsClient
@Order(33)
class ScoringEvidenceBrowserIT extends ScorecardBrowserTesting {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    private void assertNoBraceInTheRenderedText(String where) {
        String text = browser.pageText();
        assertTrue(
                !text.contains("{") && !text.contains("}"),
                where + ": a placeholder or brace is left in the page's words: " + text);
    }

    private void finishWith(String recommendation, String summary) {
        browser.click(By.cssSelector("a[data-goto='finish']"));
        browser.click(By.cssSelector("label[for='rec-" + recommendation + "']"));
        browser.type(By.id("sc-summary"), summary);
        waitUntilAllSaved();
    }

    @Test
    void theEmptySituationTaskActionResultTemplateBehindAFiveIsRefusedAtSubmit() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        browser.click(By.id("sc-begin"));
        keys("5");
        browser.click(By.cssSelector("#q-1 .sc-star"));
        String template = browser.find(By.id("q-1-notes")).getAttribute("value");
        assertTrue(template.startsWith("Situation: ") && template.contains("Result: "), template);
        keys(Keys.ESCAPE);
        browser.await()
                .until(
                        d ->
                                d.findElement(By.id("q-1-hint"))
                                        .getAttribute("class")
                                        .contains("is-warning"));
        finishWith("STRONG_YES", "Excellent on every question.");

        browser.click(By.id("sc-submit"));
        browser.waitForText("Not submitted yet");
        String evidenceMin = browser.find(By.id("scorecard")).getAttribute("data-evidence-min");
        List<String> missing =
                browser.findAll(By.cssSelector("#sc-missing li")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertEquals(
                List.of(
                        "Question 1 is scored 5: a score of 1 or 5 needs notes of at least "
                                + evidenceMin
                                + " characters as evidence."),
                missing);
        assertEquals("DRAFT", f.as(me).get("api/v1/scorecards/" + id).json().getString("status"));
        assertNoBraceInTheRenderedText("finish step with what is missing");
        assertNoSeriousAccessibilityProblems("finish step with what is missing");
    }

    @Test
    void noPlaceholderOrBraceIsLeftInTheWordsOfAnyScoringPage() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        openScorecard(f, me);
        assertNoBraceInTheRenderedText("start screen");
        String hint = browser.driver().findElement(By.id("q-1-hint")).getAttribute("textContent");
        String evidenceMin = browser.find(By.id("scorecard")).getAttribute("data-evidence-min");
        assertTrue(
                hint.contains("A score of 1 or 5 needs notes of at least " + evidenceMin + " "),
                hint);
        browser.click(By.id("sc-begin"));
        assertNoBraceInTheRenderedText("question 1");
        keys("n");
        browser.find(By.id("q-2-title"));
        assertNoBraceInTheRenderedText("question 2");
        browser.click(By.cssSelector("a[data-goto='finish']"));
        browser.click(By.id("sc-submit"));
        browser.waitForText("Not submitted yet");
        assertNoBraceInTheRenderedText("finish step with what is missing");
        browser.visit("/scoring/index.xhtml");
        browser.find(By.id("myScorecards"));
        assertNoBraceInTheRenderedText("my interviews");
    }

    @Test
    void theInterviewClockKeepsTheInterviewsStartAcrossAReload() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        browser.click(By.id("sc-begin"));
        keys("3");
        waitUntilAllSaved();
        // As if the interview had begun twelve minutes ago in this browser.
        ((ChromeDriver) browser.driver())
                .executeScript(
                        "localStorage.setItem('candor.scorecard."
                                + id
                                + ".startedAt', String(Date.now() - 12 * 60000));");
        browser.driver().navigate().refresh();
        browser.find(By.id("q-1-notes"));
        browser.await().until(d -> d.findElement(By.id("sc-elapsed")).getText().startsWith("12:"));
    }

    @Test
    void afterSubmittingTheConfirmationIsWhereTheInterviewerLooksWithALinkToThePanel() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        browser.click(By.id("sc-begin"));
        keys("4");
        finishWith("YES", "Good judgement throughout.");
        browser.click(By.id("sc-submit"));

        WebElement confirmation = browser.find(By.id("sc-submitted"));
        assertTrue(
                confirmation.getText().startsWith("Scorecard submitted."), confirmation.getText());
        browser.await()
                .until(d -> "sc-submitted".equals(d.switchTo().activeElement().getAttribute("id")));
        assertNoBraceInTheRenderedText("read view after submission");
        assertNoSeriousAccessibilityProblems("read view after submission");
        browser.screenshot("scoring-submitted");

        browser.click(By.cssSelector("#sc-submitted a"));
        browser.find(By.id("interviewScorecards"));
        assertTrue(browser.path().startsWith("/scoring/interview.xhtml?id=" + f.interviewId));
        browser.find(By.cssSelector("#interviewScorecards a[href*='id=" + id + "']"));
        assertNoBraceInTheRenderedText("the panel's scorecards");
        assertNoSeriousAccessibilityProblems("the panel's scorecards");
    }
}
