package dev.candor.identity.infrastructure;

import dev.candor.identity.application.SignInService;
import dev.candor.shared.infrastructure.persistence.DatabaseOutage;
import dev.candor.shared.infrastructure.rest.Problem;
import dev.candor.shared.infrastructure.web.RequestSizeLimit;
import dev.candor.shared.infrastructure.web.SecurityHeaders;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism for the whole application, as Jakarta Security 3 allows only one: pages sign in
 * through the sign-in form and stay signed in by the HTTP session; the REST API takes HTTP Basic or
 * a personal API token on every call and never creates a session.
 */
@ApplicationScoped
public class CandorAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "candor.username";

    /** The password's stamp when this session signed in; another stamp ends the session. */
    public static final String SESSION_CREDENTIAL_STAMP = "candor.credentialStamp";

    static final String SESSION_SIGNED_IN_AT = "candor.signedInAt";
    static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject private IdentityStoreHandler identityStores;

    @Inject private SignInAttempt attempt;

    @Inject private SignInService signIn;

    @Inject
    @ConfigProperty(name = "candor.session.idle-minutes", defaultValue = "60")
    private int idleMinutes;

    @Inject
    @ConfigProperty(name = "candor.session.absolute-hours", defaultValue = "12")
    private int absoluteHours;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        try {
            if (RequestSizeLimit.refusedAsTooLarge(request, response)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return authenticate(request, response, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.explains(e)) {
                throw e;
            }
            return databaseUnavailable(request, response);
        }
    }

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return signInFromForm(request, context, submitted);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && isApi(request)) {
            if (BrowserRequest.mayBeForged(request)
                    && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return ApiChallenge.refuseBasicFromBrowser(response);
            }
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
                    !BrowserRequest.isFromBrowser(request));
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
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(idleMinutes * 60);
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_SIGNED_IN_AT, System.currentTimeMillis());
        attempt.outcome()
                .ifPresent(
                        outcome ->
                                session.setAttribute(
                                        SESSION_CREDENTIAL_STAMP, outcome.credentialStamp()));
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus databaseUnavailable(
            HttpServletRequest request, HttpServletResponse response) {
        try {
            if (isApi(request)) {
                Problem.writeDatabaseUnavailable(response);
            } else {
                response.setHeader("Retry-After", "5");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
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
        if (isPastAbsoluteTimeout(session)) {
            session.invalidate();
            return null;
        }
        Object stamp = session.getAttribute(SESSION_CREDENTIAL_STAMP);
        return signIn.stillSignedIn(username.toString())
                .filter(outcome -> outcome.credentialStamp().equals(stamp))
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

    /** However active, a session ends this long after its sign-in. */
    private boolean isPastAbsoluteTimeout(HttpSession session) {
        Object signedInAt = session.getAttribute(SESSION_SIGNED_IN_AT);
        return !(signedInAt instanceof Long at)
                || System.currentTimeMillis() - at > absoluteHours * 3_600_000L;
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
         * A browser that had typed a password into its HTTP Basic dialog would send it again with
         * any request a foreign page makes it send (CSRF): Basic is for programs, pages sign in
         * with the form.
         */
        static AuthenticationStatus refuseBasicFromBrowser(HttpServletResponse response) {
            try {
                Problem.write(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "Forbidden",
                        "HTTP Basic is not accepted from web pages or alongside a browser's"
                                + " cookies; programs use it, or an API token, and people sign in"
                                + " with the sign-in page.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }

        /**
         * Without the challenge for browsers (see {@link BrowserRequest}): a browser would pop up
         * its HTTP Basic dialog, in the middle of an interview when the session has expired, and
         * then keep the password for every later request to Candor, forged ones included.
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
