package dev.candor.comparison.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.candor.comparison.ComparisonFixture;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A hiring manager compares the candidates of their opening, switches on the leniency adjustment,
 * compares two candidates side by side, opens a debrief report with a note, and downloads the PDF
 * and the XLSX, whose contents are read back.
 */
@CandorIntegrationTest
@RunAsClient
@Order(41)
class ComparisonBrowserIT {

    private static final Integer[][] A = {{4, 4, 5}, {3, 3, 4}, {2, 3, 2}};
    private static final Integer[][] B = {{3, 2, 4}, {2, 2, 3}, {1, 2, 1}};

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void a_hiring_manager_compares_the_panel_adjusts_for_leniency_and_downloads_the_debrief_pack()
            throws Exception {
        String title = TestUsers.unique("Data Analyst");
        ComparisonFixture fixture = new ComparisonFixture(deployment, title, 3);
        String a = TestUsers.create(deployment, "cmpba", "INTERVIEWER");
        String b = TestUsers.create(deployment, "cmpbb", "INTERVIEWER");
        String[] names = {"Ada Byron", "Ben Jonson", "Cy Young"};
        long[] candidates = new long[3];
        for (int c = 0; c < 3; c++) {
            candidates[c] = fixture.addCandidate(names[c]);
            long interview = fixture.schedule(candidates[c], List.of(a, b));
            fixture.score(a, interview, A[c], c == 2 ? "NO" : "YES");
            fixture.score(b, interview, B[c], c == 0 ? "YES" : "NO");
        }

        try (Browser browser = Browser.open(deployment)) {
            browser.signIn(fixture.hiringManager, TestUsers.PASSWORD);
            browser.visit("/comparison/opening.xhtml?id=" + fixture.openingId);
            browser.waitForText("Comparison: " + title);
            openDetails(browser);
            String page = browser.pageText();
            assertTrue(page.indexOf("Ada Byron") < page.indexOf("Ben Jonson"), page);
            assertTrue(page.indexOf("Ben Jonson") < page.indexOf("Cy Young"), page);
            assertTrue(page.contains("2 of 2 submitted"), page);
            assertTrue(page.contains("Rater leniency"), page);
            assertTrue(page.contains("Agreement across candidates"), page);
            assertTrue(page.contains("Level: the opening"), page);
            assertTrue(!page.contains("ADJUSTED"), page);
            browser.screenshot("comparison-opening");

            // a scores about one point above b: with the adjustment on, both are brought to the
            // middle.
            browser.click(By.cssSelector("[id='cmp:adjusted'] .ui-toggleswitch-slider"));
            browser.waitForText("ADJUSTED for rater leniency");
            assertTrue(browser.pageText().contains("Panel score (adjusted)"));
            String xlsxLink = browser.find(By.id("cmp:xlsx")).getAttribute("href");
            assertTrue(xlsxLink.contains("adjusted=true"), xlsxLink);
            browser.screenshot("comparison-adjusted");

            browser.click(By.id("select-" + candidates[0]));
            browser.click(By.id("select-" + candidates[2]));
            browser.click(By.id("cmp:compare"));
            browser.waitForText("Side by side");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('cmp:sideBySide').scrollIntoView()");
            browser.screenshot("comparison-side-by-side");

            byte[] xlsx = download(browser, xlsxLink);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheet("Candidates");
                assertEquals(
                        "Panel score (adjusted)", sheet.getRow(0).getCell(4).getStringCellValue());
                assertEquals("Ada Byron", sheet.getRow(1).getCell(1).getStringCellValue());
                assertEquals("Cy Young", sheet.getRow(3).getCell(1).getStringCellValue());
                assertEquals(
                        "Adjusted for rater leniency",
                        workbook.getSheet("About").getRow(2).getCell(1).getStringCellValue());
                assertEquals(2, workbook.getSheet("Interviewers").getLastRowNum());
            }

            browser.click(By.linkText("Ada Byron"));
            browser.waitForText("Debrief: Ada Byron");
            openDetails(browser);
            String report = browser.pageText();
            assertTrue(report.contains("2 of 2 submitted"), report);
            assertTrue(report.contains("Discuss first"), report);
            assertTrue(report.contains("ICC(2,1)"), report);
            assertTrue(report.contains("Level: one candidate"), report);
            assertTrue(report.contains("Summary by " + a), report);
            WebElement cell = browser.findAll(By.cssSelector("a.cmp-cell-link")).get(0);
            cell.click();
            browser.await()
                    .until(
                            ExpectedConditions.visibilityOfElementLocated(
                                    By.cssSelector(".cmp-notes")));
            browser.waitForText("Evidence from " + a + " on question 1");
            browser.screenshot("comparison-candidate-report");

            String pdfLink = browser.find(By.id("pdf")).getAttribute("href");
            byte[] pdf = download(browser, pdfLink);
            PdfReader reader = new PdfReader(pdf);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            StringBuilder all = new StringBuilder(text);
            for (int p = 2; p <= reader.getNumberOfPages(); p++) {
                all.append(new PdfTextExtractor(reader).getTextFromPage(p));
            }
            reader.close();
            assertTrue(text.contains("Debrief pack: Ada Byron"), text);
            assertTrue(all.toString().contains("Competency profile"), all.toString());
            assertTrue(
                    all.toString().contains("Evidence from " + b + " on question 3"),
                    all.toString());
        }
    }

    /** Opens the "details" disclosures that hold the expert figures. */
    private static void openDetails(Browser browser) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelectorAll('details.cmp-details').forEach(function (d) { d.open = true; });");
    }

    /** Fetches a link the page offers, with the browser's session, as clicking it would. */
    private static byte[] download(Browser browser, String link)
            throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(link)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient()
                        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> link + ": " + new String(response.body()));
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(
                disposition.matches(
                        "attachment; filename=\"candor-[a-z0-9-]+-(comparison|comparison-adjusted|debrief)"
                                + "-\\d{4}-\\d{2}-\\d{2}\\.(pdf|xlsx)\""),
                disposition);
        return response.body();
    }
}
