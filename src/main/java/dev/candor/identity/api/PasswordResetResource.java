package dev.candor.identity.api;

import dev.candor.identity.application.PasswordResets;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.infrastructure.rest.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sets a new password with a one-time reset link, for whoever holds the link: open to anonymous
 * callers, as the person has no password to sign in with.
 */
@Path("/password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject private PasswordResets resets;

    @POST
    @Operation(
            summary =
                    "Set a new password with the token of a one-time reset link (404 unknown, 409 used or expired)")
    public Response setNewPassword(NewPasswordFromLink request) {
        JsonInput.require(request);
        if (request.token() == null || request.token().isBlank()) {
            throw new InvalidInputException("token", "The reset link's token is required.");
        }
        resets.complete(request.token(), request.newPassword());
        return Response.noContent().build();
    }
}
