package dev.candor.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/** axe-core on the page the browser shows: no serious or critical violation. */
public final class Accessibility {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private Accessibility() {}

    public static void assertNoSeriousProblems(Browser browser, String where) {
        check(browser, null, where);
    }

    /**
     * Only the part of the page a selector names, e.g. a form, for pages whose other parts still
     * have known violations left to the every-page accessibility work.
     */
    public static void assertNoSeriousProblemsIn(Browser browser, String selector, String where) {
        check(browser, selector, where);
    }

    @SuppressWarnings("unchecked")
    private static void check(Browser browser, String selector, String where) {
        String axe;
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(AXE)) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor driver = (JavascriptExecutor) browser.driver();
        driver.executeScript(axe);
        Object result =
                driver.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "var context = arguments[0] ? document.querySelector(arguments[0]) : document;"
                                + "if (!context) { done(['nothing matches ' + arguments[0]]); return; }"
                                + "axe.run(context, {resultTypes: ['violations']}).then(function (r) {"
                                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                                + "    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) {"
                                + "      return n.target.join(' '); }).join(', '); }));"
                                + "}, function (e) { done(['axe failed: ' + e]); });",
                        selector);
        List<String> violations = (List<String>) result;
        assertTrue(violations.isEmpty(), where + ": " + violations);
    }
}
