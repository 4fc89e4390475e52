package dev.candor.debrief.api;

import dev.candor.debrief.application.Rules;
import dev.candor.debrief.domain.DecisionRules;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An opening's decision rules. */
@Path("/openings/{id}/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Debrief",
        description = "Decision rules, data-quality flags, debrief agenda, decisions")
public class OpeningRulesResource {

    /** The body of a PUT: competencies by name; a missing count keeps its default (2). */
    public record RulesBody(
            List<DecisionRules.Veto> vetoes,
            List<DecisionRules.Minimum> minimums,
            Integer coverage,
            Integer minScorecards) {}

    @Inject Rules rules;

    @GET
    @Operation(
            summary = "An opening's decision rules",
            description =
                    "vetoes [{competency, atOrBelow}], minimums [{competency, min}], coverage "
                            + "(interviewers per key competency) and minScorecards. An opening that never set "
                            + "them has coverage 2 and minScorecards 2.")
    @APIResponse(responseCode = "404", description = "No such opening the caller manages")
    public DecisionRules get(@PathParam("id") long id) {
        return rules.of(id);
    }

    @PUT
    @Operation(
            summary = "Replace an opening's decision rules (recruiter, admin, its hiring manager)",
            description = "Competencies by name as in the question bank; scores on the 1-5 scale.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(
            responseCode = "422",
            description = "An unknown competency or a value off the 1-5 scale, each under errors")
    public DecisionRules put(@PathParam("id") long id, RulesBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send the rules as JSON.");
        }
        return rules.replace(
                id,
                new DecisionRules(
                        body.vetoes(),
                        body.minimums(),
                        body.coverage() == null ? DecisionRules.DEFAULT_COVERAGE : body.coverage(),
                        body.minScorecards() == null
                                ? DecisionRules.DEFAULT_MIN_SCORECARDS
                                : body.minScorecards()));
    }
}
