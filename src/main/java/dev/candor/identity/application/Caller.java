package dev.candor.identity.application;

import dev.candor.identity.domain.Role;
import dev.candor.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/** Who is asking, as services see it; services check roles here, not only the pages. */
@ApplicationScoped
public class Caller {

    @Inject private SecurityContext security;

    /**
     * Empty for an anonymous request, and outside any request (start-up tasks, timers), where the
     * container refuses to be asked ("Operation not allowed").
     */
    public Optional<String> username() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (IllegalStateException noRequest) {
            return Optional.empty();
        }
        return Optional.ofNullable(principal).map(Principal::getName);
    }

    public String requireUsername() {
        return username().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    public boolean hasRole(Role role) {
        return security.isCallerInRole(role.name());
    }

    public boolean hasAnyRole(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::hasRole);
    }

    public void requireAnyRole(Role... roles) {
        if (!hasAnyRole(roles)) {
            throw new AccessDeniedException(
                    "This needs one of the roles " + Arrays.toString(roles) + ".");
        }
    }
}
