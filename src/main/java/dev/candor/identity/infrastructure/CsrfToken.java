package dev.candor.identity.infrastructure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session secret that the pages' scripts send with state-changing REST calls. A cross-site
 * page can make the browser send the session cookie, but cannot read this value.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String HEADER = "X-Candor-CSRF";
    static final String SESSION_ATTRIBUTE = "candor.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject private HttpServletRequest request;

    public String getValue() {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(SESSION_ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_ATTRIBUTE, token);
        }
        return token.toString();
    }

    public String getHeader() {
        return HEADER;
    }

    static boolean matches(HttpSession session, String presented) {
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return expected != null
                && presented != null
                && MessageDigest.isEqual(
                        expected.toString().getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8));
    }
}
