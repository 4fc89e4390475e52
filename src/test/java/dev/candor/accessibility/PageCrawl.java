package dev.candor.accessibility;

import dev.candor.testing.Browser;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pages a signed-in person reaches from where the browser is by following links, breadth first:
 * same origin, Faces pages only (no API downloads, exports or files), never signing out.
 */
final class PageCrawl {

    private static final List<String> NOT_PAGES =
            List.of("/api/", "logout", "signout", "download", "export", "/javax.faces.resource/");

    private final Browser browser;
    private final String origin;
    private final int cap;

    PageCrawl(Browser browser, String origin, int cap) {
        this.browser = browser;
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        this.cap = cap;
    }

    /**
     * Visits every page reachable from the one the browser shows, up to the cap, handing each to
     * the check once it has loaded; returns the pages in the order visited.
     */
    Set<String> visitEach(Consumer<String> check) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        String start = normalised(browser.driver().getCurrentUrl());
        seen.add(start);
        queue.add(start);
        Set<String> visited = new LinkedHashSet<>();
        while (!queue.isEmpty() && visited.size() < cap) {
            String page = queue.poll();
            browser.visitUrl(page);
            visited.add(page);
            check.accept(page.substring(origin.length()));
            for (String link : links()) {
                if (seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        return visited;
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs =
                (List<String>)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "return Array.prototype.map.call("
                                                + "document.querySelectorAll('a[href]'),"
                                                + " function (a) { return a.href; });");
        return hrefs.stream().map(PageCrawl::normalised).filter(this::isPage).distinct().toList();
    }

    private boolean isPage(String url) {
        if (!url.startsWith(origin + "/")) {
            return false;
        }
        String path = URI.create(url).getPath();
        String lower = url.toLowerCase(Locale.ROOT);
        return (path.endsWith(".xhtml") || path.endsWith("/"))
                && NOT_PAGES.stream().noneMatch(lower::contains);
    }

    /** Without the fragment and the session id a cookie-less first page puts in its links. */
    private static String normalised(String url) {
        String withoutFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        return withoutFragment.replaceAll(";jsessionid=[^?]*", "");
    }
}
