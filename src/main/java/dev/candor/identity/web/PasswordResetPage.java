package dev.candor.identity.web;

import dev.candor.identity.application.PasswordResets;
import dev.candor.identity.domain.PasswordPolicy;
import dev.candor.identity.domain.PasswordResetLink;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The page a one-time reset link opens: the person sets a new password, or reads why the link no
 * longer works.
 */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private PasswordResets resets;

    private String token;
    private String newPassword;
    private String confirmation;
    private PasswordResets.LinkCheck check;

    private PasswordResets.LinkCheck check() {
        if (check == null) {
            check = resets.check(token);
        }
        return check;
    }

    public boolean isUsable() {
        return check().state() == PasswordResetLink.State.USABLE;
    }

    public String getIntro() {
        return Text.of("reset.intro", check().displayName());
    }

    public String getPolicy() {
        return Text.of("reset.policy", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }

    /** Why the link does not work, in the words of the bundle. */
    public String getRefusal() {
        return Text.of("reset." + refusalKey(check().state()));
    }

    private static String refusalKey(PasswordResetLink.State state) {
        return state == PasswordResetLink.State.WITHDRAWN
                ? "invalid"
                : state.name().toLowerCase(Locale.ROOT);
    }

    public String save() {
        if (newPassword != null && !newPassword.equals(confirmation)) {
            Text.errorAt("reset:confirm", Text.of("user.passwordMismatch"));
            return null;
        }
        if (PageActions.attempt("reset", () -> resets.complete(token, newPassword)) == null) {
            // The link may have been used or expired since the page opened: check it again.
            check = null;
            return null;
        }
        Text.info("reset.done");
        Faces.getFlash().setKeepMessages(true);
        return "/login?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
