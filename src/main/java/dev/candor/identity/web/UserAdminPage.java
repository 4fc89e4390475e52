package dev.candor.identity.web;

import dev.candor.identity.application.NewUser;
import dev.candor.identity.application.PasswordResets;
import dev.candor.identity.application.UserDirectory;
import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.shared.infrastructure.web.FormPlaces;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * Administrators add people, change their roles, reset their passwords, and deactivate or
 * reactivate them.
 */
@Named
@ViewScoped
public class UserAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private UserDirectory directory;

    @Inject private PasswordResets resets;

    @Inject private TimesOnPage when;

    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private String password;
    private final Map<String, List<String>> editedRoles = new HashMap<>();
    private transient List<User> users;
    private PasswordResets.IssuedLink issuedReset;

    @PostConstruct
    void load() {
        // A reset link is shown once: the next action on the page hides it.
        issuedReset = null;
        users = directory.all();
        editedRoles.clear();
        users.forEach(user -> editedRoles.put(user.getUsername(), namesOf(user.getRoles())));
    }

    public void create() {
        User created =
                PageActions.attempt(
                        FormPlaces.of("newUser").refusalsBeside("username"),
                        () ->
                                directory.create(
                                        new NewUser(
                                                username,
                                                displayName,
                                                email,
                                                toRoles(roles),
                                                password)));
        if (created == null) {
            return;
        }
        Text.info("users.created", created.getUsername());
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>();
        password = null;
        load();
    }

    public void saveRoles(String forUsername) {
        if (PageActions.attempt(
                        FormPlaces.of("users"),
                        () ->
                                directory.changeRoles(
                                        forUsername, toRoles(editedRoles.get(forUsername))))
                != null) {
            Text.info("users.rolesSaved", forUsername);
        }
        load();
    }

    public void setActive(String forUsername, boolean active) {
        if (PageActions.attempt("users", () -> directory.changeActive(forUsername, active))
                != null) {
            Text.info(active ? "users.reactivated" : "users.deactivated", forUsername);
        }
        load();
    }

    /**
     * Issues a one-time link and shows it once: the administrator passes it on, and never learns
     * the new password.
     */
    public void resetPassword(String forUsername) {
        issuedReset = PageActions.attempt("users", () -> resets.issue(forUsername));
    }

    public String getIssuedResetLink() {
        return issuedReset == null
                ? null
                : Faces.getRequestBaseURL() + "reset-password.xhtml?token=" + issuedReset.secret();
    }

    public PasswordResets.IssuedLink getIssuedReset() {
        return issuedReset;
    }

    public String getIssuedResetMessage() {
        return issuedReset == null
                ? null
                : Text.of(
                        "users.resetIssued",
                        issuedReset.username(),
                        when.dateTime(issuedReset.expiresAt()));
    }

    public String resetPasswordQuestion(String forUsername) {
        return Text.of("users.resetPasswordConfirm", forUsername);
    }

    public String deactivateQuestion(String forUsername) {
        return Text.of("users.deactivateConfirm", forUsername);
    }

    public String rolesLabel(User user) {
        return user.getRoles().stream()
                .map(role -> Text.of("role." + role.name()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static Set<Role> toRoles(List<String> names) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> result.add(Role.valueOf(name)));
        }
        return result;
    }

    private static List<String> namesOf(Set<Role> roleSet) {
        return roleSet.stream()
                .map(Role::name)
                .sorted()
                .collect(Collectors.toCollection(ArrayList::new));
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<User> getUsers() {
        if (users == null) {
            load();
        }
        return users;
    }

    public Map<String, List<String>> getEditedRoles() {
        return editedRoles;
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

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
