package dev.candor.identity.infrastructure;

import dev.candor.identity.application.SignInOutcome;
import dev.candor.identity.application.SignInService;
import dev.candor.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;

/** Candor's users and API tokens, in its own database, as a Jakarta Security identity store. */
@ApplicationScoped
public class CandorIdentityStore implements IdentityStore {

    @Inject private SignInService signIn;

    @Inject private SignInAttempt attempt;

    @Inject private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        SignInOutcome outcome;
        if (credential instanceof UsernamePasswordCredential password) {
            outcome =
                    signIn.signIn(
                            password.getCaller(),
                            password.getPasswordAsString(),
                            request.getRemoteAddr());
        } else if (credential instanceof ApiTokenCredential token) {
            outcome = signIn.signInWithToken(token.secret());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        attempt.record(outcome);
        return toResult(outcome);
    }

    static CredentialValidationResult toResult(SignInOutcome outcome) {
        if (!outcome.isSignedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
