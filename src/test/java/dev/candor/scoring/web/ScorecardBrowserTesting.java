package dev.candor.scoring.web;

import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.Accessibility;
import dev.candor.testing.Browser;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * What the scorecard page's browser tests share: an interviewer's browser opened on their
 * scorecard, keys typed outside any field, the autosave's status line, and what the server has
 * stored.
 */
abstract class ScorecardBrowserTesting {

    @ArquillianResource protected URL deployment;

    protected Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Signs in as this panel member and opens their scorecard at its start screen; returns its id.
     */
    protected long openScorecard(ScoringFixture f, String me) {
        return openScorecard(f, me, "sc-begin");
    }

    /**
     * As {@link #openScorecard(ScoringFixture, String)}, waiting for the element with this id
     * instead.
     */
    protected long openScorecard(ScoringFixture f, String me, String shownElement) {
        long id = f.scorecardOf(me);
        browser = Browser.open(deployment);
        browser.signIn(me, TestUsers.PASSWORD);
        browser.waitForText("Your interviews");
        browser.visit("/scoring/scorecard.xhtml?id=" + id);
        browser.find(By.id(shownElement));
        return id;
    }

    protected void assertNoSeriousAccessibilityProblems(String where) {
        Accessibility.assertNoSeriousProblems(browser, where);
    }

    protected void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    protected void waitUntilAllSaved() {
        browser.await()
                .until(
                        d -> {
                            var status = d.findElement(By.id("sc-status"));
                            return "saved".equals(status.getAttribute("data-state"))
                                    && "0".equals(status.getAttribute("data-waiting"));
                        });
    }

    protected void typeNotes(int position, String text) {
        var notes = browser.find(By.id("q-" + position + "-notes"));
        notes.click();
        notes.sendKeys(text);
    }

    /** The ratings the server holds for this scorecard, by position, as its owner reads them. */
    protected static Map<Integer, JsonObject> stored(ScoringFixture f, String me, long id) {
        return ScoringFixture.ratingsByPosition(f.as(me).get("api/v1/scorecards/" + id).json());
    }

    /**
     * Dispatches a cancelable beforeunload event, as the browser does before leaving: did the page
     * hold it back? (Headless Chromium 156 shows no "leave site?" dialog at all, not even with
     * beforeUnload prompts left to the test, so the dialog itself cannot be seen here.)
     */
    protected boolean leavingIsHeldBack() {
        return (Boolean)
                ((ChromeDriver) browser.driver())
                        .executeScript(
                                "var leaving = new Event('beforeunload', {cancelable: true});"
                                        + "window.dispatchEvent(leaving);"
                                        + "return leaving.defaultPrevented;");
    }
}
