package dev.candor.comparison.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.comparison.ComparisonFixture;
import dev.candor.testing.Accessibility;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A debrief room reads the comparison: an incomplete panel is marked and can be left out, the
 * deciding columns fit a laptop, the leniency adjustment is explained in words, expert figures wait
 * behind "details", people are named by name and the notes popover stays on screen.
 */
@CandorIntegrationTest
@RunAsClient
@Order(42)
class ComparisonReadingBrowserIT {

    private static final Integer[][] A = {{4, 4, 5}, {3, 3, 4}, {2, 3, 2}};
    private static final Integer[][] B = {{3, 2, 4}, {2, 2, 3}, {1, 2, 1}};

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void an_incomplete_panel_is_marked_the_adjustment_is_explained_and_people_are_named() {
        String title = TestUsers.unique("Support Lead");
        ComparisonFixture fixture = new ComparisonFixture(deployment, title, 3);
        String a = TestUsers.createNamed(deployment, "cmpra", "Ivan Petrov", "INTERVIEWER");
        String b = TestUsers.createNamed(deployment, "cmprb", "Bea Adams", "INTERVIEWER");
        String[] names = {"Ada Byron", "Ben Jonson", "Cy Young"};
        long[] ids = new long[3];
        for (int c = 0; c < 3; c++) {
            ids[c] = fixture.addCandidate(names[c]);
            long interview = fixture.schedule(ids[c], List.of(a, b));
            fixture.score(a, interview, A[c], "YES");
            fixture.score(b, interview, B[c], c == 0 ? "YES" : "NO");
        }
        // Dee has one scorecard of two: a high score that must not pass for the panel's view.
        long dee = fixture.addCandidate("Dee Half");
        fixture.score(
                a, fixture.schedule(dee, List.of(a, b)), new Integer[] {5, 5, 4}, "STRONG_YES");

        try (Browser browser = Browser.open(deployment)) {
            browser.viewport(1366, 768);
            browser.signIn(fixture.hiringManager, TestUsers.PASSWORD);
            browser.visit("/comparison/opening.xhtml?id=" + fixture.openingId);
            browser.waitForText("Comparison: " + title);
            WebElement deeRow = browser.find(By.id("row-" + dee));
            assertTrue(deeRow.getText().contains("Incomplete panel"), deeRow.getText());
            assertTrue(deeRow.getText().contains("1 of 2 submitted"), deeRow.getText());
            assertEquals(4, rows(browser).size());
            assertFalse(browser.pageText().contains("not enough data / not enough data"));
            assertFalse(browser.pageText().contains("ICC(2,1) / alpha"));
            assertDecisiveColumnsInView(browser);
            Accessibility.assertNoSeriousProblems(browser, "the comparison");
            browser.screenshot("comparison-opening-1366x768");

            browser.click(By.cssSelector("[id='cmp:completeOnly'] .ui-toggleswitch-slider"));
            browser.await().until(d -> rows(browser).size() == 3);
            assertTrue(browser.findAll(By.id("row-" + dee)).isEmpty(), "Dee is left out");
            assertEquals("1", rows(browser).get(0).findElements(By.tagName("td")).get(1).getText());
            browser.click(By.cssSelector("[id='cmp:completeOnly'] .ui-toggleswitch-slider"));
            browser.await().until(d -> rows(browser).size() == 4);

            browser.click(By.cssSelector("[id='cmp:adjusted'] .ui-toggleswitch-slider"));
            browser.waitForText("What the adjustment changed");
            String changes = browser.find(By.id("adjustmentChanges")).getText();
            assertTrue(
                    changes.matches(
                            "(?s).*Dee Half: \u2212\\d\\.\\d\\d after removing Ivan Petrov's generosity \\(\\+\\d\\.\\d\\d\\)\\..*"),
                    changes);
            assertTrue(
                    changes.matches(
                            "(?s).*Ada Byron: Unchanged: on this panel .* cancel each other out\\..*"),
                    changes);
            // Two interviewers' interval spans the whole scale before and after: nothing to
            // explain.
            assertFalse(changes.contains("The interval"), changes);
            Accessibility.assertNoSeriousProblems(browser, "the comparison, adjusted");
            browser.screenshot("comparison-adjusted-1366x768");

            WebElement details = browser.find(By.id("agreementDetails"));
            assertFalse(
                    browser.pageText().contains("ICC(2,k)"),
                    "the expert figures wait behind details");
            details.findElement(By.tagName("summary")).click();
            browser.waitForText("ICC(2,k)");

            browser.viewport(768, 1024);
            browser.visit("/comparison/opening.xhtml?id=" + fixture.openingId);
            browser.waitForText("Comparison: " + title);
            Accessibility.assertNoSeriousProblems(browser, "the comparison at 768 px");
            browser.screenshot("comparison-opening-768x1024");

            browser.viewport(1366, 768);
            browser.click(By.linkText("Ada Byron"));
            browser.waitForText("Debrief: Ada Byron");
            String report = browser.pageText();
            assertFalse(report.contains("ICC(2,1)"), "figures behind details: " + report);
            assertTrue(report.contains("On this candidate the interviewers"), report);
            // Columns in the order of the names: Bea Adams, then Ivan Petrov at the right.
            WebElement last = browser.find(By.xpath("(//a[@title='Notes: Ivan Petrov'])[1]"));
            assertTrue(browser.findAll(By.xpath("//a[@title='Notes: " + a + "']")).isEmpty());
            last.click();
            // The popover the link controls: every cell has one, hidden until its link is used.
            WebElement popover =
                    browser.await()
                            .until(
                                    ExpectedConditions.visibilityOfElementLocated(
                                            By.id(last.getAttribute("aria-controls"))));
            browser.waitForText("Evidence from " + a + " on question 1");
            assertTrue(popover.getText().startsWith("Ivan Petrov"), popover.getText());
            assertInsideTheWindow(browser, popover);
            Accessibility.assertNoSeriousProblems(browser, "the candidate report");
            browser.screenshot("comparison-candidate-report-1366x768");

            browser.viewport(768, 1024);
            browser.visit("/comparison/candidate.xhtml?id=" + ids[0]);
            browser.waitForText("Debrief: Ada Byron");
            WebElement link = browser.find(By.xpath("(//a[@title='Notes: Ivan Petrov'])[1]"));
            link.click();
            WebElement shown =
                    browser.await()
                            .until(
                                    ExpectedConditions.visibilityOfElementLocated(
                                            By.id(link.getAttribute("aria-controls"))));
            assertInsideTheWindow(browser, shown);
            browser.screenshot("comparison-candidate-report-768x1024");
        }
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.findAll(By.cssSelector("#ranking tbody tr"));
    }

    /** Panel score, interval, submitted of expected and the tally, without scrolling sideways. */
    private static void assertDecisiveColumnsInView(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        double visible =
                ((Number)
                                js.executeScript(
                                        "var s = document.querySelector('.cmp-scroll');"
                                                + "return Math.min(window.innerWidth, s.getBoundingClientRect().left + s.clientWidth);"))
                        .doubleValue();
        for (String column : List.of("col-score", "col-interval", "col-scorecards", "col-tally")) {
            double right = right(js, browser.find(By.id(column)));
            assertTrue(right <= visible, column + " ends at " + right + " of " + visible + " px");
        }
    }

    private static void assertInsideTheWindow(Browser browser, WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Map<?, ?> box =
                (Map<?, ?>)
                        js.executeScript(
                                "var r = arguments[0].getBoundingClientRect();"
                                        + "return {left: r.left, right: r.right, window: document.documentElement.clientWidth};",
                                element);
        assertTrue(
                ((Number) box.get("left")).doubleValue() >= 0
                        && ((Number) box.get("right")).doubleValue()
                                <= ((Number) box.get("window")).doubleValue(),
                "the popover stays inside the window: " + box);
    }

    private static double right(JavascriptExecutor js, WebElement element) {
        return ((Number)
                        js.executeScript(
                                "return arguments[0].getBoundingClientRect().right;", element))
                .doubleValue();
    }
}
