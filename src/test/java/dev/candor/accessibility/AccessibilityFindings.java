package dev.candor.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Accessibility;
import dev.candor.testing.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What axe-core found on the pages of one walk, kept until the end so that one run lists every
 * page, rule and element at once instead of stopping at the first.
 */
final class AccessibilityFindings {

    private final String who;
    private final List<String> problems = new ArrayList<>();
    private int pages;

    AccessibilityFindings(String who) {
        this.who = who;
    }

    /** Runs axe-core on the page the browser shows and keeps what it found, naming the page. */
    void check(Browser browser, String page) {
        pages++;
        for (String problem : Accessibility.seriousProblems(browser)) {
            problems.add(page + " — " + problem);
        }
    }

    int pages() {
        return pages;
    }

    /** How many elements break each rule, e.g. {color-contrast=12, label=3}. */
    Map<String, Long> byRule() {
        return problems.stream()
                .map(problem -> problem.substring(problem.indexOf(" — ") + 3))
                .map(problem -> problem.substring(0, problem.indexOf(' ')))
                .collect(Collectors.groupingBy(rule -> rule, TreeMap::new, Collectors.counting()));
    }

    void assertNone() {
        // Printed also when green, so a run's log shows what was checked.
        System.out.println(
                "axe-core, "
                        + who
                        + ": "
                        + pages
                        + " pages, "
                        + problems.size()
                        + " serious or"
                        + " critical violations "
                        + byRule());
        assertTrue(
                problems.isEmpty(),
                () ->
                        who
                                + ": "
                                + problems.size()
                                + " serious or critical violations on "
                                + pages
                                + " pages "
                                + byRule()
                                + "\n"
                                + String.join("\n", problems));
    }
}
