package dev.candor.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core on the page the browser shows: no serious or critical violation of WCAG 2.x A/AA (and
 * axe's best practices). The script is the npm package at the version package-lock.json pins,
 * installed by the build's {@code npm ci}.
 */
public final class Accessibility {

    private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    private static final String RUN =
            "var done = arguments[arguments.length - 1];"
                    + "var context = arguments.length > 1 && arguments[0] ? document.querySelector(arguments[0]) : document;"
                    + "if (!context) { done(['nothing matches ' + arguments[0]]); return; }"
                    + "axe.run(context, {resultTypes: ['violations']}).then(function (r) {"
                    + "  var found = [];"
                    + "  r.violations.forEach(function (v) {"
                    + "    if (v.impact !== 'serious' && v.impact !== 'critical') { return; }"
                    + "    v.nodes.forEach(function (n) {"
                    + "      found.push(v.id + ' (' + v.impact + ') at ' + n.target.join(' ')"
                    + "        + ': ' + (n.failureSummary || v.help).replace(/\\s+/g, ' ').trim());"
                    + "    });"
                    + "  });"
                    + "  done(found);"
                    + "}, function (e) { done(['axe failed: ' + e]); });";

    private static String script;

    private Accessibility() {}

    public static void assertNoSeriousProblems(Browser browser, String where) {
        List<String> violations = seriousProblems(browser);
        assertTrue(violations.isEmpty(), where + ": " + violations);
    }

    /**
     * Only the part of the page a selector names, e.g. a form, for pages whose other parts still
     * have known violations left to the every-page accessibility work.
     */
    @SuppressWarnings("unchecked")
    public static void assertNoSeriousProblemsIn(Browser browser, String selector, String where) {
        JavascriptExecutor driver = (JavascriptExecutor) browser.driver();
        driver.executeScript(axe());
        List<String> violations = (List<String>) driver.executeAsyncScript(RUN, selector);
        assertTrue(violations.isEmpty(), where + ": " + violations);
    }

    /**
     * Every serious or critical violation on the page, one per element: "rule (impact) at target:
     * what to fix".
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousProblems(Browser browser) {
        JavascriptExecutor driver = (JavascriptExecutor) browser.driver();
        driver.executeScript(axe());
        return (List<String>) driver.executeAsyncScript(RUN);
    }

    private static synchronized String axe() {
        if (script == null) {
            assertTrue(
                    Files.isRegularFile(AXE),
                    AXE.toAbsolutePath() + " is missing: npm ci (mvn runs it before the tests)");
            try {
                script = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
