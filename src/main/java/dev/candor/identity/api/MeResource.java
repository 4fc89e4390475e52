package dev.candor.identity.api;

import dev.candor.identity.application.MyAccount;
import dev.candor.identity.application.TimeZones;
import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.shared.infrastructure.rest.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject private MyAccount account;

    @Inject private TimeZones zones;

    @GET
    @Operation(summary = "Who the caller is, their roles and the time zone their times are in")
    public Me me() {
        return view(account.me());
    }

    @PUT
    @Path("time-zone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Choose the caller's time zone",
            description =
                    "A region id such as Europe/Berlin; 422 for anything else. Times are entered"
                            + " and shown in it, and invitations carry it.")
    public Me chooseTimeZone(TimeZoneChoice body) {
        return view(account.chooseTimeZone(JsonInput.require(body).timeZone()));
    }

    private Me view(User me) {
        return new Me(
                me.getUsername(),
                me.getDisplayName(),
                me.getRoles().stream().map(Role::name).sorted().toList(),
                me.timeZone().map(ZoneId::getId).orElse(null),
                zones.of(me).getId());
    }

    /**
     * {@code timeZone} is the caller's own choice (absent until they make one); {@code
     * timesShownIn} the zone that applies, theirs or the installation's.
     */
    public record Me(
            String username,
            String displayName,
            List<String> roles,
            String timeZone,
            String timesShownIn) {}

    public record TimeZoneChoice(String timeZone) {}
}
