package dev.candor.identity.web;

import dev.candor.identity.application.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Figures for the home page's panels; each capability's panel reads its own. */
@Named
@RequestScoped
public class HomePage {

    @Inject private UserDirectory users;

    private Long userCount;

    public long getUserCount() {
        if (userCount == null) {
            userCount = users.count();
        }
        return userCount;
    }
}
