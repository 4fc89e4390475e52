package dev.candor.identity.api;

import dev.candor.identity.application.NewUser;
import dev.candor.identity.application.PasswordResets;
import dev.candor.identity.application.UserDirectory;
import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** User administration; the service refuses anyone without the ADMIN role. */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject private UserDirectory users;

    @Inject private PasswordResets resets;

    /** A field, not a parameter: Payara's OpenAPI generator fails on @Context parameters. */
    @Context private UriInfo uri;

    @GET
    @Operation(summary = "All users (ADMIN)")
    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user (ADMIN)")
    public UserView get(@PathParam("username") String username) {
        return UserView.of(users.get(username));
    }

    @POST
    @Operation(summary = "Create a user (ADMIN)")
    public Response create(CreateUser request) {
        requireBody(request);
        User created =
                users.create(
                        new NewUser(
                                request.username(),
                                request.displayName(),
                                request.email(),
                                roles(request.roles()),
                                request.password()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.getUsername()).build())
                .entity(UserView.of(created))
                .build();
    }

    @PATCH
    @Path("{username}")
    @Operation(summary = "Change a user's roles or deactivate/reactivate them (ADMIN)")
    public UserView update(@PathParam("username") String username, UpdateUser request) {
        requireBody(request);
        User user = users.get(username);
        if (request.roles() != null) {
            user = users.changeRoles(username, roles(request.roles()));
        }
        if (request.active() != null) {
            user = users.changeActive(username, request.active());
        }
        return UserView.of(user);
    }

    /**
     * Bean Validation on body parameters breaks Payara's OpenAPI generator (payara/Payara#7649).
     */
    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "This call needs a JSON body.");
        }
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name).trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "roles",
                        "\""
                                + name
                                + "\" is not a role; the roles are "
                                + List.of(Role.values())
                                + ".");
            }
        }
        return roles;
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(
            summary =
                    "Reset a user's password: a one-time link with which they set a new one (ADMIN)")
    public Response resetPassword(@PathParam("username") String username) {
        PasswordResets.IssuedLink issued = resets.issue(username);
        // The API lives at <context>/api/v1/; the page that uses the link at <context>/.
        String link =
                uri.getBaseUri()
                        .resolve("../../reset-password.xhtml?token=" + issued.secret())
                        .toString();
        return Response.status(Response.Status.CREATED)
                .entity(new PasswordResetLinkView(issued.username(), link, issued.expiresAt()))
                .build();
    }

    public record CreateUser(
            String username,
            String displayName,
            String email,
            List<String> roles,
            String password) {}

    public record UpdateUser(List<String> roles, Boolean active) {}
}
