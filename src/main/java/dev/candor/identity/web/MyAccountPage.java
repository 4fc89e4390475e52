package dev.candor.identity.web;

import dev.candor.identity.application.MyAccount;
import dev.candor.identity.domain.ApiToken;
import dev.candor.identity.infrastructure.CandorAuthenticationMechanism;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "My account": change the password, create and revoke personal API tokens. */
@Named
@ViewScoped
public class MyAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private MyAccount account;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private String tokenName;
    private String issuedSecret;
    private transient List<ApiToken> tokens;

    public void changePassword() {
        if (newPassword != null && !newPassword.equals(confirmation)) {
            Text.errorAt("password:confirm", Text.of("user.passwordMismatch"));
            return;
        }
        String stamp =
                PageActions.attempt(
                        "password", () -> account.changePassword(currentPassword, newPassword));
        if (stamp == null) {
            return;
        }
        // Every other session of this person ends; this one goes on with the new password.
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .put(CandorAuthenticationMechanism.SESSION_CREDENTIAL_STAMP, stamp);
        currentPassword = null;
        newPassword = null;
        confirmation = null;
        Text.info("account.password.changed");
    }

    public void issueToken() {
        PageActions.attempt(
                "tokens",
                () -> {
                    issuedSecret = account.issueToken(tokenName).secret();
                    tokenName = null;
                    tokens = null;
                });
    }

    public void revoke(long tokenId) {
        PageActions.attempt(
                "tokens",
                () -> {
                    account.revokeToken(tokenId);
                    tokens = null;
                    Text.info("account.tokens.revokedMessage");
                });
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = account.tokens();
        }
        return tokens;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }
}
