package dev.candor.scoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The same scorecard edited in two places (two tabs of one browser; this page and another device),
 * and a submitted scorecard amended with a reason that the opening's hiring manager then sees.
 */
@CandorIntegrationTest
@RunAsClient
@Order(32)
class ScorecardTabsAndAmendmentBrowserIT extends ScorecardBrowserTesting {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    private long openScorecardReadView(ScoringFixture f, String me) {
        return openScorecard(f, me, "scorecard-read");
    }

    private void statusStartsWith(String text) {
        browser.await()
                .withMessage(
                        () ->
                                "the status line reads \""
                                        + browser.find(By.id("sc-status")).getText()
                                        + "\"")
                .until(d -> d.findElement(By.id("sc-status")).getText().startsWith(text));
    }

    private JsonObject stored(ScoringFixture f, String me, long id, int position) {
        return stored(f, me, id).get(position);
    }

    private void replaceNotes(int position, String text) {
        WebElement notes = browser.find(By.id("q-" + position + "-notes"));
        notes.click();
        notes.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private String notesShown(int position) {
        return browser.find(By.id("q-" + position + "-notes")).getAttribute("value");
    }

    private WebElement conflictOf(int position) {
        return browser.find(By.cssSelector("#q-" + position + " .sc-conflict"));
    }

    private boolean scoreChosen(int position, int score) {
        return browser.driver().findElement(By.id("q-" + position + "-s-" + score)).isSelected();
    }

    @Test
    void whenTwoTabsEditTheSameQuestionTheOlderTabIsToldAndKeepsItsTextUntilThePersonChooses() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        WebDriver driver = browser.driver();
        String tabA = driver.getWindowHandle();
        browser.click(By.id("sc-begin"));
        keys("4");
        replaceNotes(1, "Tab A: owned the refund mistake and told the customer.");
        keys(Keys.ESCAPE);
        waitUntilAllSaved();

        driver.switchTo().newWindow(WindowType.TAB);
        String tabB = driver.getWindowHandle();
        browser.visit("/scoring/scorecard.xhtml?id=" + id);
        assertEquals("Tab A: owned the refund mistake and told the customer.", notesShown(1));
        replaceNotes(1, "Tab B: blamed the policy, no ownership.");
        keys(Keys.ESCAPE);
        keys("2");
        waitUntilAllSaved();
        JsonObject newest = stored(f, me, id, 1);
        assertEquals(
                "Tab B: blamed the policy, no ownership.",
                newest.getString("notes"),
                "the newer edit wins");
        assertEquals(2, newest.getInt("score"));

        driver.switchTo().window(tabA);
        WebElement conflict = conflictOf(1);
        String told = conflict.getText();
        assertTrue(told.contains("Question 1 was changed in another tab or window"), told);
        assertTrue(
                told.contains("Score 2")
                        && told.contains("Tab B: blamed the policy, no ownership."),
                told);
        assertEquals(
                "Tab A: owned the refund mistake and told the customer.",
                notesShown(1),
                "the older tab's text stays until the person chooses");
        assertTrue(scoreChosen(1, 4));
        statusStartsWith("Needs your choice");
        assertTrue(
                leavingIsHeldBack(),
                "closing the tab now would lose the text only this page shows");
        browser.screenshot("scoring-conflict-two-tabs");

        browser.click(By.cssSelector("#q-1 .sc-keep-mine"));
        browser.await()
                .until(
                        ExpectedConditions.invisibilityOfElementLocated(
                                By.cssSelector("#q-1 .sc-conflict")));
        waitUntilAllSaved();
        statusStartsWith("Saved");
        JsonObject kept = stored(f, me, id, 1);
        assertEquals(
                "Tab A: owned the refund mistake and told the customer.", kept.getString("notes"));
        assertEquals(4, kept.getInt("score"));

        driver.switchTo().window(tabB);
        String toldB = conflictOf(1).getText();
        assertTrue(
                toldB.contains("Question 1 was changed in another tab or window")
                        && toldB.contains("Tab A: owned the refund mistake"),
                toldB);
        assertEquals("Tab B: blamed the policy, no ownership.", notesShown(1));
        statusStartsWith("Needs your choice");
        assertTrue(
                leavingIsHeldBack(),
                "an open choice holds leaving back even with nothing queued in this tab");
    }

    @Test
    void whenAnotherDeviceReplacesTheSummaryTheNoticeCanBeClosedWithTheKeyboard() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        summaryReplacedByTheTablet(f, me, id);

        assertEquals(
                "Written on the tablet.", browser.find(By.id("sc-summary")).getAttribute("value"));
        assertTrue(
                browser.find(By.id("sc-finish-notice"))
                        .getText()
                        .contains("Written on the laptop. And more."));
        assertTrue(leavingIsHeldBack(), "what the page showed before is only on this page");

        keys(Keys.TAB);
        assertEquals("Keep mine", focused().getText());
        keys(Keys.TAB);
        WebElement close = focused();
        assertEquals("Close this notice", close.getText());
        assertEquals("button", close.getTagName());
        keys(Keys.ENTER);
        browser.await()
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sc-finish-notice")));
        assertEquals("sc-summary", focused().getAttribute("id"), "focus goes back to the summary");
        assertFalse(leavingIsHeldBack(), "closed, and the newer version is saved");
        waitUntilAllSaved();
        assertEquals(
                "Written on the tablet.",
                f.as(me).get("api/v1/scorecards/" + id).json().getString("summary"));
    }

    @Test
    void whenAnotherDeviceReplacesTheSummaryAgainTheWordsTypedSinceTheFirstTimeAreStillShown() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        long tabletRevision = summaryReplacedByTheTablet(f, me, id);

        browser.find(By.id("sc-summary")).sendKeys(" My own words since.");
        waitUntilAllSaved();
        saveSummaryElsewhere(f, me, id, "The tablet again.", tabletRevision + 60_000);
        browser.find(By.id("sc-summary")).sendKeys(" Still typing.");

        browser.await()
                .withMessage(
                        () ->
                                "the notice reads: "
                                        + browser.find(By.id("sc-finish-notice")).getText())
                .until(
                        d ->
                                d.findElement(By.id("sc-finish-notice"))
                                        .getText()
                                        .contains(
                                                "Written on the tablet. My own words since. Still typing."));
        assertEquals("The tablet again.", browser.find(By.id("sc-summary")).getAttribute("value"));
        assertTrue(leavingIsHeldBack(), "the words typed since are only on this page");
    }

    /**
     * On the finish step, "Written on the laptop." is saved; the tablet then saves "Written on the
     * tablet." with a newer revision, and the next keystrokes here (" And more.") meet it: the
     * notice is shown. Returns the tablet's revision.
     */
    private long summaryReplacedByTheTablet(ScoringFixture f, String me, long id) {
        browser.click(By.cssSelector("a[data-goto='finish']"));
        browser.type(By.id("sc-summary"), "Written on the laptop.");
        waitUntilAllSaved();
        long tabletRevision = System.currentTimeMillis() + 60_000;
        saveSummaryElsewhere(f, me, id, "Written on the tablet.", tabletRevision);
        browser.find(By.id("sc-summary")).sendKeys(" And more.");
        browser.await()
                .until(
                        d ->
                                d.findElement(By.id("sc-finish-notice"))
                                        .getText()
                                        .contains("changed in another tab, window or device"));
        return tabletRevision;
    }

    private static void saveSummaryElsewhere(
            ScoringFixture f, String me, long id, String summary, long revision) {
        ApiResponse saved =
                f.as(me)
                        .put(
                                "api/v1/scorecards/" + id + "/draft",
                                "{\"recommendation\":\"YES\",\"summary\":\""
                                        + summary
                                        + "\",\"clientRevision\":"
                                        + revision
                                        + "}");
        assertEquals(200, saved.status(), saved::toString);
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    @Test
    void unsavedNotesOlderThanASaveFromAnotherDeviceStayOnThePageUntilThePersonChooses() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = openScorecard(f, me);
        browser.click(By.id("sc-begin"));
        keys("3");
        replaceNotes(1, "Saved first.");
        waitUntilAllSaved();
        ChromeDriver driver = (ChromeDriver) browser.driver();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        browser.find(By.id("q-1-notes")).sendKeys(" Typed on the train.");
        statusStartsWith("Offline");

        ApiResponse tablet =
                f.as(me)
                        .put(
                                "api/v1/scorecards/" + id + "/ratings/1",
                                "{\"score\":5,\"skipped\":false,\"notes\":\"From the tablet: a complete STAR answer.\",\"clientRevision\":"
                                        + (System.currentTimeMillis() + 60_000)
                                        + "}");
        assertEquals(200, tablet.status(), tablet::toString);
        driver.deleteNetworkConditions();

        String told = conflictOf(1).getText();
        assertTrue(
                told.contains("Question 1 was changed in another tab or window")
                        && told.contains("Score 5")
                        && told.contains("From the tablet: a complete STAR answer."),
                told);
        assertEquals("Saved first. Typed on the train.", notesShown(1));
        statusStartsWith("Needs your choice");
        assertEquals(
                "From the tablet: a complete STAR answer.",
                stored(f, me, id, 1).getString("notes"),
                "nothing is overwritten before the person chooses");

        driver.navigate().refresh();
        String toldAgain = conflictOf(1).getText();
        assertTrue(toldAgain.contains("From the tablet: a complete STAR answer."), toldAgain);
        assertEquals(
                "Saved first. Typed on the train.",
                notesShown(1),
                "after a reload the unsaved text is still shown, not only kept out of sight");
        assertTrue(scoreChosen(1, 3));

        browser.click(By.cssSelector("#q-1 .sc-use-theirs"));
        assertEquals("From the tablet: a complete STAR answer.", notesShown(1));
        assertTrue(scoreChosen(1, 5));
        waitUntilAllSaved();
        driver.navigate().refresh();
        assertEquals("From the tablet: a complete STAR answer.", notesShown(1));
        waitUntilAllSaved();
        assertTrue(browser.findAll(By.cssSelector("#q-1 .sc-conflict:not([hidden])")).isEmpty());
        assertEquals(
                "From the tablet: a complete STAR answer.",
                stored(f, me, id, 1).getString("notes"));
    }

    private String crumb() {
        return browser.find(By.cssSelector(".plan-crumbs")).getText().trim();
    }

    @Test
    void aSubmittedScorecardIsReadOnlyAndAnAmendmentWithAReasonReachesTheHiringManager() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        f.scoreAndSubmit(me, "YES");
        long id = openScorecardReadView(f, me);
        assertTrue(
                browser.findAll(
                                By.cssSelector(
                                        "input.sc-radio, textarea.sc-notes-input, #sc-submit"))
                        .isEmpty(),
                "no scoring controls on a submitted scorecard");
        assertTrue(browser.find(By.id("read-1")).getText().contains("Fine answer 1"));
        ApiResponse late =
                f.as(me)
                        .put(
                                "api/v1/scorecards/" + id + "/ratings/1",
                                "{\"score\":5,\"skipped\":false,\"notes\":\"Sneaked in\",\"clientRevision\":"
                                        + System.currentTimeMillis()
                                        + "}");
        assertEquals(409, late.status(), late::toString);

        browser.click(By.id("sc-amend-open"));
        new Select(browser.find(By.id("am-1-score"))).selectByValue("4");
        browser.type(By.id("am-summary"), "Solid, and stronger on ownership than first scored.");
        browser.click(By.id("sc-amend-save"));
        String refused = browser.find(By.id("sc-amend-problems")).getText();
        assertTrue(refused.contains("Write why you are changing the submitted scorecard"), refused);
        WebElement why = browser.find(By.id("am-why"));
        assertEquals("true", why.getAttribute("aria-invalid"));
        assertEquals(why, focused(), "focus goes to the reason");
        assertEquals(
                "4",
                new Select(browser.find(By.id("am-1-score")))
                        .getFirstSelectedOption()
                        .getAttribute("value"),
                "what was typed is kept");
        assertEquals(
                "Solid, and stronger on ownership than first scored.",
                browser.find(By.id("am-summary")).getAttribute("value"));
        assertTrue(browser.pageText().contains("No amendments after submission."));

        browser.type(By.id("am-why"), "Re-read my notes: question 1 deserved a 4.");
        assertNull(why.getAttribute("aria-invalid"), "typing a reason clears the mark");
        browser.click(By.id("sc-amend-save"));
        browser.find(By.id("sc-amended"));
        assertTrue(
                browser.find(By.id("read-1")).getText().contains("4 ·"),
                browser.find(By.id("read-1")).getText());
        String audit = browser.find(By.id("sc-audit")).getText();
        assertTrue(
                audit.contains("Amended after submission")
                        && audit.contains("Iv0 Tester")
                        && audit.contains("Re-read my notes: question 1 deserved a 4."),
                audit);
        assertEquals(4, stored(f, me, id, 1).getInt("score"));
        assertEquals("← My interviews", crumb(), "the owner goes back to their interviews");

        browser.click(By.id("sc-amend-open"));
        browser.type(By.id("am-why"), "Second thoughts, none in the end.");
        browser.click(By.id("sc-amend-save"));
        browser.await().until(d -> d.findElement(By.id("sc-amend-problems")).isDisplayed());
        assertEquals(
                "This amendment changes nothing: change a score, notes, the recommendation or the summary first.",
                browser.find(By.id("sc-amend-problems")).getText(),
                "in the page's words, from the bundle");
        new Select(browser.find(By.id("am-1-score"))).selectByValue("5");
        browser.click(By.id("sc-amend-save"));
        String evidenceMin =
                browser.find(By.id("scorecard-read")).getAttribute("data-evidence-min");
        browser.await()
                .until(
                        d ->
                                d.findElement(By.id("sc-amend-problems"))
                                        .getText()
                                        .startsWith("Question 1"));
        assertEquals(
                "Question 1 is scored 5: a score of 1 or 5 needs notes of at least "
                        + evidenceMin
                        + " characters as evidence.",
                browser.find(By.id("sc-amend-problems")).getText(),
                "what the amendment would leave missing, in the bundle's words");

        browser.signOut();
        browser.signIn(f.manager, TestUsers.PASSWORD);
        browser.await().until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        browser.visit("/comparison/candidate.xhtml?id=" + f.candidateId);
        String recommendations = browser.find(By.id("recommendations")).getText();
        assertTrue(
                recommendations.contains("Amended after submission")
                        && recommendations.contains("Re-read my notes: question 1 deserved a 4."),
                recommendations);

        browser.click(By.cssSelector("#recommendations a.cmp-audit-link"));
        assertEquals("/scoring/scorecard.xhtml?id=" + id, browser.path());
        String trail = browser.find(By.id("sc-audit")).getText();
        assertTrue(
                trail.contains("Amended after submission")
                        && trail.contains("Iv0 Tester")
                        && trail.contains("Why: Re-read my notes: question 1 deserved a 4."),
                trail);
        assertTrue(trail.contains("Question 1 · score 3 4"), trail);
        assertTrue(
                trail.contains(
                        "summary Solid. Solid, and stronger on ownership than first scored."),
                trail);
        assertFalse(
                browser.findAll(By.id("sc-amend-open")).stream().anyMatch(WebElement::isDisplayed),
                "only the interviewer amends their scorecard");
        assertEquals(
                "← Scorecards of this interview",
                crumb(),
                "a hiring manager has no interviews of their own here");
        browser.screenshot("scoring-amended-hiring-manager");

        browser.visit("/openings/interview.xhtml?id=" + f.interviewId);
        browser.click(By.id("scorecardsLink"));
        browser.click(By.linkText("Iv0 Tester"));
        assertTrue(
                browser.find(By.id("sc-audit"))
                        .getText()
                        .contains("Re-read my notes: question 1 deserved a 4."),
                "the interview's page leads to the same trail");
    }

    @Test
    void anAmendmentSentAfterSigningInAgainInAnotherTabTakesTheNewTokenAndIsStored() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        f.scoreAndSubmit(me, "YES");
        long id = openScorecardReadView(f, me);
        browser.click(By.id("sc-amend-open"));
        new Select(browser.find(By.id("am-1-score"))).selectByValue("4");
        browser.type(By.id("am-why"), "Question 1 deserved a 4.");

        WebDriver driver = browser.driver();
        String page = driver.getWindowHandle();
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.switchTo().newWindow(WindowType.TAB);
        browser.signIn(me, TestUsers.PASSWORD);
        browser.waitForText("Your interviews");
        driver.close();
        driver.switchTo().window(page);

        browser.click(By.id("sc-amend-save"));
        browser.find(By.id("sc-amended"));
        assertEquals(4, stored(f, me, id, 1).getInt("score"));
    }
}
