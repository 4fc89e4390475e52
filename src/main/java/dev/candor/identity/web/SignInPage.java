package dev.candor.identity.web;

import dev.candor.identity.application.MyAccount;
import dev.candor.identity.application.SignInOutcome;
import dev.candor.identity.application.TimeZones;
import dev.candor.identity.infrastructure.SignInAttempt;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

/**
 * The sign-in form; after signing in, people land where they were going. The form carries the
 * browser's time zone, which becomes the person's own on their first sign-in.
 */
@Named
@RequestScoped
public class SignInPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject private SecurityContext security;

    @Inject private SignInAttempt attempt;

    @Inject private MyAccount account;

    @Inject private TimeZones zones;

    private String username;
    private String password;
    private String continueTo;
    private String browserZone;

    public void redirectIfSignedIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRemoteUser() != null) {
            external.redirect(external.getRequestContextPath() + safeTarget());
        } else if ("true".equals(external.getRequestParameterMap().get("signedOut"))) {
            Text.info("signIn.signedOut");
        }
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status =
                security.authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .credential(new UsernamePasswordCredential(username, password))
                                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            account.offerBrowserZone(browserZone);
            external.redirect(external.getRequestContextPath() + safeTarget());
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            explainFailure();
        }
    }

    private void explainFailure() {
        SignInOutcome outcome = attempt.outcome().orElse(null);
        if (outcome != null && outcome.status() == SignInOutcome.Status.LOCKED) {
            Text.error(
                    "signIn.paused",
                    TIME.format(
                            outcome.lockedUntil()
                                    .atZone(
                                            TimeZones.known(browserZone)
                                                    .orElseGet(zones::installationZone))));
        } else if (outcome != null && outcome.status() == SignInOutcome.Status.DEACTIVATED) {
            Text.error("signIn.deactivated");
        } else {
            Text.error("signIn.failed");
        }
        password = null;
    }

    /**
     * Only paths inside Candor: an open redirect would let a phishing link borrow our sign-in page.
     */
    private String safeTarget() {
        if (continueTo == null
                || !continueTo.startsWith("/")
                || continueTo.startsWith("//")
                || continueTo.contains("\\")
                || continueTo.startsWith("/login.xhtml")) {
            return "/";
        }
        return continueTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getBrowserZone() {
        return browserZone;
    }

    public void setBrowserZone(String browserZone) {
        this.browserZone = browserZone;
    }
}
