package dev.candor.debrief.api;

import dev.candor.debrief.application.DebriefView;
import dev.candor.debrief.application.Debriefs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's debrief agenda. */
@Path("/candidates/{id}/debrief")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Debrief")
public class DebriefResource {

    @Inject Debriefs debriefs;

    @GET
    @Operation(
            summary = "A candidate's debrief",
            description =
                    "items in agenda order (range, then rwg; agreed items last) with questionId, key, "
                            + "competency, range, rwg, scores (anonymous until revealed) and revealed; "
                            + "speakingOrder (least senior first, hiring manager last); rules; flags; decisions; "
                            + "early (opened before every scorecard was in). reveal=all or reveal=q12,q13 shows who "
                            + "gave which score, with their notes.")
    @APIResponse(responseCode = "403", description = "Own scorecard not yet submitted")
    @APIResponse(responseCode = "404", description = "No such candidate the caller may see")
    public DebriefView debrief(@PathParam("id") long id, @QueryParam("reveal") String reveal) {
        boolean all = "all".equalsIgnoreCase(reveal);
        Set<String> keys =
                reveal == null || all
                        ? Set.of()
                        : Arrays.stream(reveal.split(","))
                                .map(String::strip)
                                .filter(k -> !k.isEmpty())
                                .collect(Collectors.toSet());
        return debriefs.debrief(id, keys, all);
    }
}
