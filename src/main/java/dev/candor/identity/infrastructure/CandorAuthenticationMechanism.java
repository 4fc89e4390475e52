package dev.candor.identity.infrastructure;

import dev.candor.identity.application.SignInService;
import dev.candor.shared.infrastructure.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for the whole application, as Jakarta Security 3 allows only one: pages sign in
 * through the sign-in form and stay signed in by the HTTP session; the REST API takes HTTP Basic or
 * a personal API token on every call and never creates a session.
 */
@ApplicationScoped
public class CandorAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "candor.username";
    static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject private IdentityStoreHandler identityStores;

    @Inject private SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return signInFromForm(request, context, submitted);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && isApi(request)) {
            return signInFromHeader(authorization, response, context);
        }
        AuthenticationStatus fromSession = fromSession(request, context);
        if (fromSession != null) {
            return fromSession;
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return ApiChallenge.unauthorized(
                    response,
                    "Sign in with HTTP Basic or an API token.",
                    request.getHeader("X-Requested-With") == null);
        }
        return context.redirect(
                request.getContextPath() + SIGN_IN_PAGE + continueParameter(request));
    }

    private AuthenticationStatus signInFromForm(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus signInFromHeader(
            String authorization, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = parse(authorization);
        if (credential == null) {
            return ApiChallenge.unauthorized(
                    response,
                    "The Authorization header must be \"Basic\" or \"Bearer\" with a personal API token.");
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return ApiChallenge.unauthorized(response, "The credentials were not accepted.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus fromSession(
            HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username == null) {
            return null;
        }
        return signIn.stillSignedIn(username.toString())
                .map(
                        outcome ->
                                context.notifyContainerAboutLogin(
                                        CandorIdentityStore.toResult(outcome)))
                .orElseGet(
                        () -> {
                            session.invalidate();
                            return null;
                        });
    }

    private static Credential parse(String authorization) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = authorization.substring(7).trim();
            return secret.isEmpty() ? null : new ApiTokenCredential(secret);
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded =
                        new String(
                                Base64.getDecoder().decode(authorization.substring(6).trim()),
                                StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0
                        ? null
                        : new UsernamePasswordCredential(
                                decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String continueParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String target = query == null ? path : path + "?" + query;
        return "/".equals(target)
                ? ""
                : "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    @Override
    public void cleanSubject(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
    }

    /** A 401 in the API's problem+json shape, with the challenge that names both schemes. */
    static final class ApiChallenge {

        private ApiChallenge() {}

        static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
            return unauthorized(response, detail, true);
        }

        /**
         * Without the challenge for a page's own script (it sends X-Requested-With): the browser
         * would otherwise pop up its HTTP Basic dialog in the middle of an interview when the
         * session has expired.
         */
        static AuthenticationStatus unauthorized(
                HttpServletResponse response, String detail, boolean challenge) {
            try {
                if (challenge) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Candor\"");
                }
                Problem.write(
                        response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }
}
