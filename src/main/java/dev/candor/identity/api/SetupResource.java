package dev.candor.identity.api;

import dev.candor.identity.application.FirstRunSetup;
import dev.candor.identity.application.NewUser;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * First-run setup for scripts: the same one-time token as the setup page, open to anonymous
 * callers.
 */
@Path("/setup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SetupResource {

    @Inject private FirstRunSetup setup;

    @POST
    @Operation(
            summary =
                    "Create the first administrator with the one-time setup token printed at first start")
    public Response createFirstAdministrator(FirstAdministrator request) {
        if (request == null) {
            throw new InvalidInputException("body", "This call needs a JSON body.");
        }
        User admin =
                setup.createFirstAdministrator(
                        request.token(),
                        new NewUser(
                                request.username(),
                                request.displayName(),
                                request.email(),
                                Set.of(),
                                request.password()));
        return Response.status(Response.Status.CREATED).entity(UserView.of(admin)).build();
    }

    public record FirstAdministrator(
            String token, String username, String displayName, String email, String password) {}
}
