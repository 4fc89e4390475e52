package dev.candor.identity.infrastructure;

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
 * Refuses state-changing REST calls that ride on a browser session without the page's CSRF token.
 * Calls with HTTP Basic or a bearer token carry their own credentials and need no token.
 */
@WebFilter(urlPatterns = "/api/*")
public class CsrfFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean sessionCall =
                request.getHeader("Authorization") == null && request.getUserPrincipal() != null;
        if (sessionCall
                && !SAFE_METHODS.contains(request.getMethod())
                && !CsrfToken.matches(
                        request.getSession(false), request.getHeader(CsrfToken.HEADER))) {
            Problem.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Forbidden",
                    "A state-changing call from a browser session needs the "
                            + CsrfToken.HEADER
                            + " header of the page that makes it.");
            return;
        }
        chain.doFilter(request, response);
    }
}
