package dev.candor.scoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * Live scoring in headless Chromium: keyboard, reload, network cut, expired session, submission,
 * accessibility.
 */
@CandorIntegrationTest
@RunAsClient
@Order(31)
class ScoringBrowserIT extends ScorecardBrowserTesting {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    /**
     * At a tablet's 768 px: nothing scrolls sideways, the touch targets are large, the notes field
     * is in view.
     */
    private void assertWorksOnATablet(int position) {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        long viewport = ((Number) driver.executeScript("return window.innerWidth;")).longValue();
        assertTrue(viewport <= 768, "a tablet's width: " + viewport);
        long content =
                ((Number) driver.executeScript("return document.documentElement.scrollWidth;"))
                        .longValue();
        long visible =
                ((Number) driver.executeScript("return document.documentElement.clientWidth;"))
                        .longValue();
        assertTrue(
                content <= visible,
                "no horizontal scrolling: the page is " + content + " px wide in " + visible);
        List<WebElement> cards = browser.findAll(By.cssSelector("#q-" + position + " .sc-anchor"));
        List<WebElement> moves =
                browser.findAll(By.cssSelector("#q-" + position + " .sc-nav .sc-button"));
        assertEquals(5, cards.size());
        assertEquals(2, moves.size());
        for (WebElement target : concat(cards, moves)) {
            double height =
                    ((Number)
                                    driver.executeScript(
                                            "return arguments[0].getBoundingClientRect().height;",
                                            target))
                            .doubleValue();
            assertTrue(
                    height >= 44,
                    "a touch target at least 44 px high: " + target.getText() + " is " + height);
        }
        WebElement notes = browser.find(By.id("q-" + position + "-notes"));
        double right =
                ((Number)
                                driver.executeScript(
                                        "return arguments[0].getBoundingClientRect().right;",
                                        notes))
                        .doubleValue();
        assertTrue(
                notes.isDisplayed() && right <= visible,
                "the notes field is in view: its right edge at " + right);
    }

    private static List<WebElement> concat(List<WebElement> first, List<WebElement> second) {
        List<WebElement> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void anInterviewerScoresAWholeInterviewWithTheKeyboard() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 3);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        assertNoSeriousAccessibilityProblems("start screen");
        browser.screenshot("scoring-start");

        browser.find(By.id("sc-start-title")).click();
        keys("n");
        browser.find(By.id("q-1-title"));
        keys("4");
        typeNotes(1, "Told a specific story about a refund outside policy; owned it.");
        keys(Keys.ESCAPE);
        keys("j");
        browser.find(By.id("q-2-title"));
        keys("2");
        keys(Keys.ARROW_RIGHT);
        browser.find(By.id("q-3-title"));
        keys("0");
        browser.driver().switchTo().activeElement().sendKeys("Ran out of time");
        keys(Keys.ESCAPE);
        waitUntilAllSaved();
        browser.resize(1280, 900);
        browser.screenshot("scoring-question-1280");
        keys("p");
        browser.find(By.id("q-2-title"));
        assertNoSeriousAccessibilityProblems("question screen");
        browser.resize(768, 1024);
        browser.screenshot("scoring-question-768");
        assertWorksOnATablet(2);
        browser.resize(1280, 900);
        keys("n", "n");
        browser.find(By.id("sc-finish-title"));

        Map<Integer, JsonObject> ratings = stored(f, me, id);
        assertEquals(4, ratings.get(1).getInt("score"));
        assertEquals(
                "Told a specific story about a refund outside policy; owned it.",
                ratings.get(1).getString("notes"));
        assertEquals(2, ratings.get(2).getInt("score"));
        assertTrue(ratings.get(3).getBoolean("skipped"));
        assertEquals("Ran out of time", ratings.get(3).getString("skipReason"));

        browser.click(By.cssSelector("label[for='rec-YES']"));
        browser.type(By.id("sc-summary"), "Good judgement; one weak answer on tact.");
        browser.click(By.id("sc-submit"));
        browser.find(By.id("sc-audit"));
        assertTrue(browser.pageText().contains("Submitted"));
        assertNoSeriousAccessibilityProblems("read view after submission");
        assertEquals(
                "SUBMITTED", f.as(me).get("api/v1/scorecards/" + id).json().getString("status"));
    }

    @Test
    void notesTypedThenPageReloadedAreStillThere() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        browser.click(By.id("sc-begin"));
        typeNotes(1, "Every word of this must survive a reload");
        browser.driver().navigate().refresh();
        var notes = browser.find(By.id("q-1-notes"));
        assertEquals("Every word of this must survive a reload", notes.getAttribute("value"));
        waitUntilAllSaved();
        assertEquals(
                "Every word of this must survive a reload",
                stored(f, me, id).get(1).getString("notes"));
    }

    @Test
    void notesTypedWhileTheNetworkIsCutAreSavedWhenItReturns() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        browser.click(By.id("sc-begin"));
        keys("3");
        waitUntilAllSaved();
        ChromeDriver driver = (ChromeDriver) browser.driver();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        typeNotes(1, "Typed while offline. ");
        keys(Keys.ESCAPE);
        keys("n");
        keys("5");
        typeNotes(2, "Excellent answer, specific and reflective.");
        browser.await()
                .until(
                        d ->
                                d.findElement(By.id("sc-status"))
                                        .getText()
                                        .equals("Offline — 2 changes waiting"));
        browser.screenshot("scoring-offline");
        driver.deleteNetworkConditions();
        waitUntilAllSaved();
        Map<Integer, JsonObject> ratings = stored(f, me, id);
        assertEquals("Typed while offline. ", ratings.get(1).getString("notes"));
        assertEquals(3, ratings.get(1).getInt("score"));
        assertEquals(5, ratings.get(2).getInt("score"));
        assertEquals(
                "Excellent answer, specific and reflective.", ratings.get(2).getString("notes"));
    }

    @Test
    void leavingWithAChangeTheServerHasNotConfirmedMakesTheBrowserAskFirst() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        openScorecard(f, me);
        browser.click(By.id("sc-begin"));
        keys("3");
        waitUntilAllSaved();
        assertFalse(leavingIsHeldBack(), "everything is saved: leaving asks nothing");

        ChromeDriver driver = (ChromeDriver) browser.driver();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        typeNotes(1, "Typed offline, not on the server yet.");
        browser.await()
                .until(
                        d ->
                                d.findElement(By.id("sc-status"))
                                        .getText()
                                        .equals("Offline — 1 change waiting"));
        assertTrue(leavingIsHeldBack(), "a change waits: the browser asks before leaving");

        driver.deleteNetworkConditions();
        waitUntilAllSaved();
        assertFalse(leavingIsHeldBack(), "saved once the network returned");
        browser.visit("/scoring/index.xhtml");
        browser.find(By.id("myScorecards"));
    }

    @Test
    void whenTheSessionExpiresWhileTypingNothingIsLostAfterSigningInAgain() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        browser.click(By.id("sc-begin"));
        typeNotes(1, "Before the session ended. ");
        waitUntilAllSaved();
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.find(By.id("q-1-notes")).sendKeys("And after it ended.");
        browser.find(By.id("sc-sign-in"));
        assertTrue(browser.find(By.id("sc-status")).getText().startsWith("Signed out"));
        browser.screenshot("scoring-signed-out");
        browser.click(By.id("sc-sign-in"));
        browser.type(By.id("signIn:username"), me);
        browser.type(By.id("signIn:password"), TestUsers.PASSWORD);
        browser.click(By.id("signIn:submit"));
        browser.find(By.id("sc-status"));
        assertTrue(browser.path().startsWith("/scoring/scorecard.xhtml"), browser.path());
        waitUntilAllSaved();
        assertEquals(
                "Before the session ended. And after it ended.",
                stored(f, me, id).get(1).getString("notes"));
        assertEquals(
                "Before the session ended. And after it ended.",
                browser.find(By.id("q-1-notes")).getAttribute("value"));
    }

    @Test
    void submittingWithSomethingMissingListsWhatIsMissingWithLinks() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        openScorecard(f, me);
        browser.click(By.id("sc-begin"));
        keys("5");
        typeNotes(1, "Short");
        assertEquals(
                "20000",
                browser.find(By.id("q-1-notes")).getAttribute("maxlength"),
                "the server's own limit");
        keys(Keys.ESCAPE);
        waitUntilAllSaved();
        browser.click(By.cssSelector("a[data-goto='finish']"));
        browser.click(By.cssSelector("label[for='rec-STRONG_YES']"));
        browser.click(By.id("sc-submit"));
        browser.find(By.id("sc-missing"));
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
                                + " characters as evidence.",
                        "Question 2 needs a score, or mark it not asked and say why.",
                        "Write a short summary of why."),
                missing,
                "in the page's words, from the bundle");
        browser.screenshot("scoring-missing");
        assertNoSeriousAccessibilityProblems("submit screen with missing items");
        browser.click(By.cssSelector("#sc-missing a.sc-missing-link"));
        browser.find(By.id("q-1-title"));
        browser.visit("/scoring/index.xhtml");
        browser.find(By.id("myScorecards"));
        assertNoSeriousAccessibilityProblems("my interviews");
    }

    @Test
    void theRecommendationAndSummaryAreOnTheServerSoAnotherDeviceStillHasThem() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        browser.click(By.cssSelector("a[data-goto='finish']"));
        browser.click(By.cssSelector("label[for='rec-STRONG_NO']"));
        browser.type(By.id("sc-summary"), "Vague on every example; blamed the team twice.");
        waitUntilAllSaved();
        String status = browser.find(By.id("sc-status")).getText();
        assertTrue(status.startsWith("Saved"), status);
        JsonObject stored = f.as(me).get("api/v1/scorecards/" + id).json();
        assertEquals("STRONG_NO", stored.getString("recommendation"));
        assertEquals("Vague on every example; blamed the team twice.", stored.getString("summary"));

        ((ChromeDriver) browser.driver()).executeScript("window.localStorage.clear();");
        browser.driver().navigate().refresh();
        browser.click(By.cssSelector("a[data-goto='finish']"));

        assertTrue(
                browser.find(By.id("rec-STRONG_NO")).isSelected(),
                "the recommendation comes from the server");
        assertEquals(
                "Vague on every example; blamed the team twice.",
                browser.find(By.id("sc-summary")).getAttribute("value"));
    }
}
