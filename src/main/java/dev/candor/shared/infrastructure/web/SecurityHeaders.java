package dev.candor.shared.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-side protections on every response: what may run and load (Content-Security-Policy),
 * no framing, no MIME sniffing, no referrer to other sites, no powerful browser features, nothing
 * signed-in kept in caches, and HTTPS only once a browser has come over TLS.
 *
 * <p>Faces pages get PrimeFaces' own policy instead (web.xml: {@code primefaces.CSP_POLICY} is
 * {@link #POLICY_WITHOUT_SCRIPTS} plus {@code script-src 'self'}, and PrimeFaces appends the page's
 * nonce); it replaces this filter's header rather than adding a second one, which the browser would
 * enforce as well and so block the nonce's scripts.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
        asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    /** Everything but script-src, which must come last for PrimeFaces to append its nonce. */
    static final String POLICY_WITHOUT_SCRIPTS =
            "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self';"
                    + " frame-ancestors 'none'; img-src 'self' data:; font-src 'self' data:;"
                    + " style-src 'self' 'unsafe-inline'; connect-src 'self'";

    static final String POLICY = POLICY_WITHOUT_SCRIPTS + "; script-src 'self'";

    static final String PERMISSIONS =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * For answers written before the filters run too: the authentication mechanism's 401, 403 and
     * 503.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** Style sheets, scripts and images: the same for everyone, and worth caching. */
    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** A second Content-Security-Policy replaces the first instead of joining it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
