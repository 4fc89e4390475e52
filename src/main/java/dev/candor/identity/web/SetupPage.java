package dev.candor.identity.web;

import dev.candor.identity.application.FirstRunSetup;
import dev.candor.identity.application.NewUser;
import dev.candor.identity.domain.Role;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/** First-run setup: whoever holds the one-time link creates the first administrator. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private FirstRunSetup setup;

    private String token;
    private String username = "admin";
    private String displayName = "Administrator";
    private String email;
    private String password;
    private String confirmation;

    public boolean isTokenValid() {
        return setup.accepts(token);
    }

    public String create() {
        if (password != null && !password.equals(confirmation)) {
            Text.errorAt("setup:confirm", Text.of("user.passwordMismatch"));
            return null;
        }
        if (PageActions.attempt(
                        "setup",
                        () ->
                                setup.createFirstAdministrator(
                                        token,
                                        new NewUser(
                                                username,
                                                displayName,
                                                email,
                                                Set.of(Role.ADMIN),
                                                password)))
                == null) {
            return null;
        }
        Text.onNextPage("setup.done");
        return "/login?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
