package dev.candor.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A person who once typed their password into the browser's HTTP Basic dialog, then visits another
 * site whose page posts to Candor: the browser must have nothing to send along (issue 21, item 3).
 */
@CandorIntegrationTest
@RunAsClient
@Order(95)
class CrossSiteBasicBrowserIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void aForeignPageCannotImportCandidatesWithCredentialsTheBrowserWasGivenForTheApi()
            throws IOException {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        String target =
                deployment.toString().replaceAll("/$", "")
                        + "/api/v1/openings/"
                        + f.openingId
                        + "/candidates/import";
        HttpServer foreign = foreignSite(target);
        try (Browser browser = Browser.open(deployment)) {
            String withCredentials =
                    deployment
                            .toString()
                            .replaceFirst(
                                    "://",
                                    "://"
                                            + f.recruiter
                                            + ":"
                                            + URLEncoder.encode(
                                                    TestUsers.PASSWORD, StandardCharsets.UTF_8)
                                            + "@");
            browser.visitUrl(withCredentials.replaceAll("/?$", "/") + "api/v1/me");
            assertFalse(
                    browser.pageText().contains("\"username\""),
                    "the API answered the browser with HTTP Basic: " + browser.pageText());

            browser.visitUrl(
                    "http://"
                            + otherHost(deployment.getHost())
                            + ":"
                            + foreign.getAddress().getPort()
                            + "/");
            browser.find(By.id("sent"));
        } finally {
            foreign.stop(0);
        }
        ApiResponse candidates =
                f.as(f.recruiter).get("api/v1/openings/" + f.openingId + "/candidates");
        assertEquals(200, candidates.status(), candidates::toString);
        assertFalse(
                candidates.body().contains("Mallory Forged"),
                "the forged import was refused: " + candidates.body());
    }

    /** localhost and 127.0.0.1 are different sites to the browser. */
    private static String otherHost(String host) {
        return "localhost".equals(host) ? "127.0.0.1" : "localhost";
    }

    /**
     * Another site: a page that, once loaded, makes the browser post a CSV to Candor with whatever
     * credentials the browser holds for it, as a text/plain request (no CORS preflight).
     */
    private static HttpServer foreignSite(String target) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(0), 0);
        String page =
                "<!doctype html><html lang=\"en\"><head><title>Prizes</title></head><body>"
                        + "<p>You have won.</p><script>"
                        + "fetch('"
                        + target
                        + "', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                        + " headers: {'Content-Type': 'text/plain'},"
                        + " body: 'name,email\\nMallory Forged,mallory@example.com\\n'})"
                        + ".finally(function () { var p = document.createElement('p');"
                        + " p.id = 'sent'; p.textContent = 'sent'; document.body.appendChild(p);"
                        + " });</script></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        server.createContext(
                "/",
                exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
        server.start();
        return server;
    }
}
