package dev.candor.identity.api;

import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import java.util.List;

/** A user as the API shows it; never the password hash. */
public record UserView(
        String username, String displayName, String email, List<String> roles, boolean active) {

    static UserView of(User user) {
        return new UserView(
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getRoles().stream().map(Role::name).sorted().toList(),
                user.isActive());
    }
}
