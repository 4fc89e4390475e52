package dev.candor.shared.infrastructure.web;

import dev.candor.shared.infrastructure.rest.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Outside the REST API and the Faces pages only files are served, and only read: any other method
 * is a 405 in the API's error shape, not the 501 the server's file servlet answers for methods it
 * does not know (such as PATCH on a path that normalises to outside the API), and never TRACE.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UnservedMethods extends HttpFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The servlet path is the decoded, normalised one the container routes by: an encoded
        // "../" has already taken the request out of the API here (to /api/etc/passwd, say, which
        // the REST application at /api/v1 does not serve).
        String path = request.getServletPath();
        boolean application =
                path.equals("/api/v1") || path.startsWith("/api/v1/") || path.endsWith(".xhtml");
        if ("TRACE".equals(request.getMethod())
                || (!application && !READ_METHODS.contains(request.getMethod()))) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            Problem.write(
                    response,
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "Method Not Allowed",
                    request.getMethod() + " is not served at this address.");
            return;
        }
        chain.doFilter(request, response);
    }
}
