package dev.candor.identity.infrastructure;

import dev.candor.identity.application.FirstRunSetup;
import dev.candor.shared.infrastructure.startup.ReadyNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells the person starting Candor where to sign in, or where to create the administrator. */
@ApplicationScoped
public class SignInNote implements ReadyNote {

    @Inject private FirstRunSetup firstRun;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String note(String baseUrl) {
        return firstRun.signInInstructions(baseUrl);
    }
}
