package dev.candor.notification.domain;

import dev.candor.identity.domain.Role;
import java.util.Set;

/**
 * What Candor sends a person, as listed on "my account". Optional topics can be switched off;
 * escalations cannot: a recruiter or hiring manager is told about overdue scorecards whatever the
 * interviewer chose.
 */
public enum Topic {
    INVITATION(true, Set.of(Role.INTERVIEWER, Role.HIRING_MANAGER)),
    REMINDER(true, Set.of(Role.INTERVIEWER, Role.HIRING_MANAGER)),
    ESCALATION(false, Set.of(Role.RECRUITER, Role.HIRING_MANAGER)),
    DIGEST(true, Set.of(Role.HIRING_MANAGER));

    private final boolean optional;
    private final Set<Role> roles;

    Topic(boolean optional, Set<Role> roles) {
        this.optional = optional;
        this.roles = roles;
    }

    public boolean isOptional() {
        return optional;
    }

    /** Whether a person with these roles can receive messages of this topic at all. */
    public boolean concerns(Set<Role> personRoles) {
        return personRoles.stream().anyMatch(roles::contains);
    }
}
