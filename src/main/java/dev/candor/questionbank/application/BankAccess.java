package dev.candor.questionbank.application;

import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may do what in the question bank: recruiters and administrators edit; every signed-in role
 * reads.
 */
@ApplicationScoped
public class BankAccess {

    @Inject private Caller caller;

    public boolean canEdit() {
        return caller.hasAnyRole(Role.ADMIN, Role.RECRUITER);
    }

    /** Readers who are not editors see active questions only. */
    public String requireReader() {
        String username = caller.requireUsername();
        caller.requireAnyRole(Role.values());
        return username;
    }

    public String requireEditor() {
        String username = caller.requireUsername();
        caller.requireAnyRole(Role.ADMIN, Role.RECRUITER);
        return username;
    }
}
