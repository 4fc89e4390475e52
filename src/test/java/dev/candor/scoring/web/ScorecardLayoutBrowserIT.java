package dev.candor.scoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.Accessibility;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The scorecard read against the clock: on a laptop the question, its five anchors and the notes
 * fit one screen; on a tablet the anchors are rows; no anchor word is ever split; "My interviews"
 * reads by date; the read view names the interviewer by name.
 */
@CandorIntegrationTest
@RunAsClient
@Order(32)
class ScorecardLayoutBrowserIT extends ScorecardBrowserTesting {

    /**
     * Words of the anchors that a line break splits: a word whose text spans two lines. Each word's
     * rendered boxes are measured (Range.getClientRects), and its width compared with its
     * container's.
     */
    private static final String BROKEN_WORDS =
            "var broken = [];"
                    + "arguments[0].querySelectorAll('.anchor-label, .anchor-description').forEach(function (el) {"
                    + "  var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);"
                    + "  var width = el.closest('.anchor-body').getBoundingClientRect().width;"
                    + "  while (walker.nextNode()) {"
                    + "    var node = walker.currentNode, re = /\\S+/g, m;"
                    + "    while ((m = re.exec(node.data)) !== null) {"
                    + "      var range = document.createRange();"
                    + "      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);"
                    + "      var tops = {};"
                    + "      Array.prototype.forEach.call(range.getClientRects(), function (r) {"
                    + "        if (r.width > 0) { tops[Math.round(r.top)] = true; } });"
                    + "      var rect = range.getBoundingClientRect();"
                    + "      if (Object.keys(tops).length > 1 || rect.width > width + 0.5) {"
                    + "        broken.push(m[0] + ' (' + Math.round(rect.width) + ' px in ' + Math.round(width) + ')'); }"
                    + "    }"
                    + "  }"
                    + "});"
                    + "return broken;";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void
            on_a_laptop_the_question_its_five_anchors_and_the_notes_fit_one_screen_without_a_split_word() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 3);
        String me = f.panel.get(0);
        openScorecard(f, me);
        browser.viewport(1366, 768);
        browser.click(By.id("sc-begin"));
        browser.find(By.id("q-1-notes"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.scrollTo(0, 0);");
        long height = ((Number) js.executeScript("return window.innerHeight;")).longValue();
        long width = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        assertTrue(height <= 768 && width <= 1366, "a laptop's screen: " + width + "x" + height);
        WebElement question = browser.find(By.id("q-1"));
        assertFalse(
                (Boolean)
                        js.executeScript(
                                "return arguments[0].querySelector('.sc-guidance').open;",
                                question),
                "guidance starts collapsed");
        List<WebElement> anchors = question.findElements(By.cssSelector(".sc-anchor"));
        assertEquals(5, anchors.size());
        for (WebElement shown :
                List.of(
                        question.findElement(By.cssSelector(".sc-text")),
                        anchors.get(0),
                        anchors.get(4),
                        browser.find(By.id("q-1-notes")))) {
            Map<?, ?> box = box(shown);
            assertTrue(
                    number(box.get("top")) >= 0
                            && number(box.get("bottom")) <= height
                            && number(box.get("right")) <= width,
                    "in view without scrolling at 1366x768: "
                            + shown.getAttribute("class")
                            + " "
                            + box);
        }
        for (WebElement anchor : anchors) {
            double cardWidth = number(box(anchor).get("width"));
            assertTrue(cardWidth >= 320, "an anchor is at least 320 px wide: " + cardWidth);
        }
        assertEquals(List.of(), js.executeScript(BROKEN_WORDS, question), "words split at 1366 px");
        browser.screenshot("scorecard-1366x768");
        Accessibility.assertNoSeriousProblems(browser, "the scorecard at 1366x768");
    }

    @Test
    void on_a_tablet_the_anchors_are_rows_one_above_the_other_and_no_word_is_split() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 3);
        openScorecard(f, f.panel.get(0));
        browser.viewport(768, 1024);
        browser.click(By.id("sc-begin"));
        browser.find(By.id("q-1-notes"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        WebElement question = browser.find(By.id("q-1"));
        List<WebElement> anchors = question.findElements(By.cssSelector(".sc-anchor"));
        double left = number(box(anchors.get(0)).get("left"));
        double bottom = number(box(anchors.get(0)).get("bottom"));
        for (WebElement anchor : anchors.subList(1, anchors.size())) {
            Map<?, ?> box = box(anchor);
            assertEquals(left, number(box.get("left")), 1, "anchors start at the same left edge");
            assertTrue(number(box.get("top")) >= bottom - 1, "each anchor below the one before");
            bottom = number(box.get("bottom"));
        }
        assertEquals(List.of(), js.executeScript(BROKEN_WORDS, question), "words split at 768 px");
        List<WebElement> navigation =
                browser.findAll(By.cssSelector(".app-header a, .app-header button"));
        double top = number(box(navigation.get(0)).get("top"));
        double header = number(box(browser.find(By.cssSelector(".app-header"))).get("height"));
        assertTrue(
                header <= 64, "the top navigation is one line at 768 px: " + header + " px high");
        for (WebElement link : navigation) {
            assertTrue(
                    Math.abs(number(box(link).get("top")) - top) <= 16,
                    "one line: " + link.getText() + " " + box(link));
        }
        browser.screenshot("scorecard-768x1024");
        Accessibility.assertNoSeriousProblems(browser, "the scorecard at 768x1024");
    }

    @Test
    void a_submitted_scorecard_names_its_interviewer_by_name_and_my_interviews_read_by_date() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        // A second interview, earlier than the fixture's and scheduled after it.
        ApiResponse other =
                f.as(f.recruiter)
                        .post(
                                "api/v1/openings/" + f.openingId + "/candidates",
                                "{\"name\":\"Ada Early\",\"email\":\"ada.early@example.com\"}");
        assertEquals(201, other.status(), other::toString);
        ApiResponse earlier =
                f.as(f.recruiter)
                        .post(
                                "api/v1/interviews",
                                "{\"candidateId\":"
                                        + other.json().getJsonNumber("id").longValue()
                                        + ",\"stage\":\"Main\",\"startsAt\":\"2029-06-01T09:00:00Z\","
                                        + "\"minutes\":60,\"panel\":[\""
                                        + me
                                        + "\"]}");
        assertEquals(201, earlier.status(), earlier::toString);
        f.scoreAndSubmit(me, "YES");
        openScorecard(f, me, "sc-interviewer");
        assertEquals("Iv0 Tester", browser.find(By.id("sc-interviewer")).getText());
        Accessibility.assertNoSeriousProblems(browser, "a submitted scorecard");

        browser.visit("/scoring/index.xhtml");
        List<String> candidates = candidateColumn();
        assertEquals(2, candidates.size(), candidates::toString);
        assertEquals("Ada Early", candidates.get(0), "the earliest interview first: " + candidates);
        assertEquals(
                "ascending",
                browser.find(By.id("sortWhen"))
                        .findElement(By.xpath("./.."))
                        .getAttribute("aria-sort"));
        Accessibility.assertNoSeriousProblems(browser, "My interviews");
        browser.click(By.id("sortWhen"));
        browser.await().until(d -> !candidateColumn().get(0).equals("Ada Early"));
        assertEquals("Ada Early", candidateColumn().get(1), "latest first after a click");
    }

    private List<String> candidateColumn() {
        return browser.findAll(By.cssSelector("#myScorecards tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private Map<?, ?> box(WebElement element) {
        return (Map<?, ?>)
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var r = arguments[0].getBoundingClientRect();"
                                        + "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height};",
                                element);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
