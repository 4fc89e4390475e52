package dev.candor.identity.web;

import dev.candor.identity.application.MyAccount;
import dev.candor.identity.application.TimeZones;
import dev.candor.identity.domain.ApiToken;
import dev.candor.identity.domain.User;
import dev.candor.identity.infrastructure.CandorAuthenticationMechanism;
import dev.candor.shared.infrastructure.web.FormPlaces;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** "My account": change the password and the time zone, create and revoke personal API tokens. */
@Named
@ViewScoped
public class MyAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ZONE_FIELD = "timeZone:zone";

    @Inject private MyAccount account;

    @Inject private TimeZones zones;

    @Inject private Clock clock;

    private String timeZone;
    private boolean zoneChosen;
    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private String tokenName;
    private String issuedSecret;
    private transient List<ApiToken> tokens;

    public void saveTimeZone() {
        ZoneId chosen =
                PageActions.attempt(
                        FormPlaces.of("timeZone").fieldsAt(field -> ZONE_FIELD),
                        () -> account.chooseTimeZone(timeZone).timeZone().orElseThrow());
        if (chosen != null) {
            zoneChosen = true;
            // Confirmed beside the list, where the person is looking.
            FacesContext.getCurrentInstance()
                    .addMessage(
                            ZONE_FIELD,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    Text.of("account.timeZone.saved", chosen.getId()),
                                    null));
        }
    }

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

    public List<String> getZoneChoices() {
        return zones.choices();
    }

    /** The zone in effect: the person's own, else the installation's, which the list starts on. */
    public String getTimeZone() {
        if (timeZone == null) {
            User me = account.me();
            zoneChosen = me.timeZone().isPresent();
            timeZone = zones.of(me).getId();
        }
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isZoneChosen() {
        getTimeZone();
        return zoneChosen;
    }

    /** Now, for an example of how times read in the chosen zone. */
    public Instant getNow() {
        return clock.instant();
    }

    public String getInstallationZone() {
        return zones.installationZone().getId();
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
