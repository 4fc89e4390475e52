package dev.candor.identity.infrastructure;

import dev.candor.identity.application.SignInOutcome;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The outcome of this request's sign-in, kept so the sign-in page can explain a failure. */
@RequestScoped
public class SignInAttempt {

    private SignInOutcome outcome;

    void record(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    public Optional<SignInOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
