package dev.candor.identity.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * What the request's headers say about who sent it. Browsers send Fetch Metadata ({@code
 * Sec-Fetch-*}), an {@code Origin} on cross-origin and state-changing requests, and their cookies;
 * programs calling the API send none of these.
 */
final class BrowserRequest {

    private BrowserRequest() {}

    static boolean isFromBrowser(HttpServletRequest request) {
        return request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Origin") != null
                || request.getHeader("Cookie") != null
                || request.getHeader("X-Requested-With") != null;
    }

    /**
     * A request that may have been made by another site's page, or that rides along a browser's
     * cookies: such a request must not be trusted on credentials the browser adds by itself.
     */
    static boolean mayBeForged(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(ownOrigin(request))) {
            return true;
        }
        return request.getHeader("Cookie") != null;
    }

    /** scheme://host[:port] as the browser addressed this server. */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort =
                ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
