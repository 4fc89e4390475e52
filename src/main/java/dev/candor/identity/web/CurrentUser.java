package dev.candor.identity.web;

import dev.candor.identity.application.Caller;
import dev.candor.identity.application.SignInService;
import dev.candor.identity.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The signed-in person as the pages need them: name, roles for the navigation, signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject private Caller caller;

    @Inject private SignInService signIn;

    private String displayName;

    public String getUsername() {
        return caller.username().orElse("");
    }

    public String getDisplayName() {
        if (displayName == null) {
            displayName = caller.username().flatMap(signIn::displayNameOf).orElse(getUsername());
        }
        return displayName;
    }

    public String getRolesLabel() {
        return Arrays.stream(Role.values())
                .filter(caller::hasRole)
                .map(Role::name)
                .collect(Collectors.joining(", "));
    }

    public boolean isAdmin() {
        return caller.hasRole(Role.ADMIN);
    }

    public boolean isRecruiter() {
        return caller.hasRole(Role.RECRUITER);
    }

    public boolean isHiringManager() {
        return caller.hasRole(Role.HIRING_MANAGER);
    }

    public boolean isInterviewer() {
        return caller.hasRole(Role.INTERVIEWER);
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
