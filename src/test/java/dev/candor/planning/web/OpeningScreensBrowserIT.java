package dev.candor.planning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Accessibility;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * What a recruiter reads around an opening: people by name in a stable order, the openings on the
 * home page, counts that follow each change, one line of navigation on a tablet, and a favicon.
 */
@CandorIntegrationTest
@RunAsClient
@Order(22)
class OpeningScreensBrowserIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void people_are_named_by_name_in_order_the_home_lists_openings_and_counts_follow_changes()
            throws Exception {
        String recruiter = TestUsers.create(deployment, "scrrec", "RECRUITER");
        String manager =
                TestUsers.createNamed(deployment, "scrhm", "Hana Moreau", "HIRING_MANAGER");
        // Usernames sort the other way round from the names.
        String zoe = TestUsers.createNamed(deployment, "aaa", "Zoe Zimmer", "INTERVIEWER");
        String adam = TestUsers.createNamed(deployment, "zzz", "Adam Archer", "INTERVIEWER");
        ApiClient staff = TestUsers.as(deployment, recruiter);
        String title = TestUsers.unique("Night Shift Lead");
        long opening = opening(staff, title, manager);
        long candidate =
                staff.post(
                                "api/v1/openings/" + opening + "/candidates",
                                "{\"name\":\"Noor Haddad\",\"email\":\"noor@example.com\"}")
                        .json()
                        .getJsonNumber("id")
                        .longValue();
        ApiResponse interview =
                staff.post(
                        "api/v1/interviews",
                        "{\"candidateId\":"
                                + candidate
                                + ",\"stage\":\"Main\",\"startsAt\":\"2031-05-05T10:00:00Z\",\"minutes\":60,"
                                + "\"panel\":[\""
                                + zoe
                                + "\",\""
                                + adam
                                + "\"]}");
        assertEquals(201, interview.status(), interview::toString);

        try (Browser browser = Browser.open(deployment)) {
            browser.viewport(1366, 768);
            browser.signIn(recruiter, TestUsers.PASSWORD);
            browser.waitForText("Open openings");
            assertTrue(browser.find(By.id("recruiterOpenings")).getText().contains(title));
            assertFavicon(browser);
            Accessibility.assertNoSeriousProblems(browser, "the recruiter's home");

            browser.visit("/openings/index.xhtml");
            WebElement row = browser.find(By.xpath("//tr[td//a[text()='" + title + "']]"));
            assertTrue(row.getText().contains("Hana Moreau"), row.getText());
            assertFalse(row.getText().contains(manager), row.getText());

            browser.visit("/openings/opening.xhtml?id=" + opening);
            browser.click(By.xpath("//a[contains(., 'Interviews')]"));
            String panel =
                    browser.find(By.cssSelector("[id='tabs:interviews:table'] .plan-panel"))
                            .getText();
            assertEquals("Adam Archer, Zoe Zimmer", panel);
            Accessibility.assertNoSeriousProblems(browser, "the opening's interviews");

            browser.await()
                    .until(
                            d ->
                                    "1"
                                            .equals(
                                                    d.findElement(
                                                                    By.cssSelector(
                                                                            "#candidateCount strong"))
                                                            .getText()));
            browser.click(By.xpath("//a[contains(., 'Candidates')]"));
            browser.type(By.id("tabs:newCandidate:name"), "Omar Said");
            browser.type(By.id("tabs:newCandidate:email"), "omar.said@example.com");
            browser.click(By.id("tabs:newCandidate:add"));
            browser.waitForText("Omar Said has been added.");
            browser.await()
                    .until(
                            d ->
                                    "2"
                                            .equals(
                                                    d.findElement(
                                                                    By.cssSelector(
                                                                            "#candidateCount strong"))
                                                            .getText()));

            browser.visit(
                    "/openings/interview.xhtml?id="
                            + interview.json().getJsonNumber("id").longValue());
            browser.waitForText("Zoe Zimmer");
            // The panel reads by name; only the picker that changes it adds usernames, to tell
            // two people of one name apart.
            String panelList = browser.find(By.id("panelList")).getText();
            assertTrue(
                    panelList.indexOf("Adam Archer") < panelList.indexOf("Zoe Zimmer"), panelList);
            assertFalse(panelList.contains(adam), "no username in the panel: " + panelList);

            browser.viewport(768, 1024);
            browser.visit("/openings/index.xhtml");
            assertNavigationOnOneLine(browser);
            Accessibility.assertNoSeriousProblems(browser, "the openings at 768 px");
        }
    }

    private static long opening(ApiClient staff, String title, String manager) {
        ApiResponse questions = staff.get("api/v1/questions?status=ACTIVE&size=2");
        long question =
                questions
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
        ApiResponse opening =
                staff.post(
                        "api/v1/openings",
                        "{\"title\":\""
                                + title
                                + "\",\"team\":\"Support\",\"description\":\"Screens\",\"hiringManagers\":[\""
                                + manager
                                + "\"],\"keyCompetencies\":[]}");
        assertEquals(201, opening.status(), opening::toString);
        long id = opening.json().getJsonNumber("id").longValue();
        ApiResponse plan =
                staff.put(
                        "api/v1/openings/" + id + "/plan",
                        "{\"stages\":[{\"name\":\"Main\",\"minutes\":60,\"questions\":[{\"questionId\":"
                                + question
                                + ",\"minutes\":10}]}]}");
        assertEquals(200, plan.status(), plan::toString);
        return id;
    }

    private void assertFavicon(Browser browser) throws Exception {
        String href =
                browser.driver()
                        .findElement(By.cssSelector("link[rel='icon']"))
                        .getAttribute("href");
        HttpResponse<byte[]> icon =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(href)).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode(), href);
        assertTrue(
                icon.body().length > 0 && icon.body()[0] == 0 && icon.body()[2] == 1,
                "an ICO file");
        HttpResponse<byte[]> root =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(deployment + "favicon.ico"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, root.statusCode(), "favicon.ico at the application's root");
    }

    private static void assertNavigationOnOneLine(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        List<?> tops =
                (List<?>)
                        js.executeScript(
                                "return Array.prototype.map.call(document.querySelectorAll('.app-header a, .app-header button'),"
                                        + " function (e) { var r = e.getBoundingClientRect(); return Math.round(r.top + r.height / 2); });");
        double header =
                ((Number)
                                js.executeScript(
                                        "return document.querySelector('.app-header').getBoundingClientRect().height;"))
                        .doubleValue();
        long width =
                ((Number) js.executeScript("return document.documentElement.scrollWidth;"))
                        .longValue();
        assertTrue(
                header <= 64,
                "one line of navigation at 768 px: the header is " + header + " px high");
        assertTrue(width <= 768, "nothing scrolls sideways: " + width);
        long first = ((Number) tops.get(0)).longValue();
        for (Object top : tops) {
            assertTrue(Math.abs(((Number) top).longValue() - first) <= 8, "one line: " + tops);
        }
    }
}
