package dev.candor.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The axe-core check the browser tests run on every page they visit: no serious or critical WCAG
 * violation.
 */
public final class Axe {

    private static final String SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private Axe() {}

    @SuppressWarnings("unchecked")
    public static void assertNoSeriousProblems(Browser browser, String where) {
        String axe;
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor driver = (JavascriptExecutor) browser.driver();
        driver.executeScript(axe);
        List<String> violations =
                (List<String>)
                        driver.executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                                        + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                                        + "    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) {"
                                        + "      return n.target.join(' '); }).join(', '); }));"
                                        + "}, function (e) { done(['axe failed: ' + e]); });");
        assertTrue(violations.isEmpty(), where + ": " + violations);
    }
}
