package dev.candor.identity.api;

import dev.candor.identity.application.MyAccount;
import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject private MyAccount account;

    @GET
    @Operation(summary = "Who the caller is, and their roles")
    public Me me() {
        User me = account.me();
        return new Me(
                me.getUsername(),
                me.getDisplayName(),
                me.getRoles().stream().map(Role::name).sorted().toList());
    }

    public record Me(String username, String displayName, List<String> roles) {}
}
