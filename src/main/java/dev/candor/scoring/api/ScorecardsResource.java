package dev.candor.scoring.api;

import dev.candor.scoring.application.AmendmentView;
import dev.candor.scoring.application.SavedDraft;
import dev.candor.scoring.application.SavedRating;
import dev.candor.scoring.application.ScorecardDetail;
import dev.candor.scoring.application.ScorecardSummary;
import dev.candor.scoring.application.Scorecards;
import dev.candor.scoring.application.SubmittedScorecard;
import dev.candor.scoring.domain.RatingContent;
import dev.candor.scoring.domain.Recommendation;
import dev.candor.scoring.domain.ScorecardChanges;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Interviewers' scorecards; see docs/scoring.md. Every rule and access check is in {@link
 * Scorecards}.
 */
@Path("/scorecards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScorecardsResource {

    @Inject private Scorecards scorecards;

    @GET
    @Operation(summary = "The caller's scorecards (?mine=true)")
    public List<ScorecardSummary> list(@QueryParam("mine") Boolean mine) {
        if (!Boolean.TRUE.equals(mine)) {
            throw new InvalidInputException(
                    "mine", "Only the caller's own scorecards are listed: use ?mine=true.");
        }
        return scorecards.mine();
    }

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "The caller's own scorecard with its questions, anchors, saved ratings and draft "
                            + "recommendation and summary")
    public ScorecardDetail get(@PathParam("id") long id) {
        return scorecards.open(id);
    }

    @PUT
    @Path("{id}/ratings/{position}")
    @Operation(
            summary =
                    "Save one question's score, skip and notes (autosave; ordered by clientRevision)")
    public SavedRating saveRating(
            @PathParam("id") long id, @PathParam("position") int position, RatingBody body) {
        requireBody(body);
        return scorecards.saveRating(id, position, body.toInput());
    }

    @PUT
    @Path("{id}/draft")
    @Operation(
            summary =
                    "Save the draft recommendation and summary (autosave; ordered by clientRevision)")
    public SavedDraft saveDraft(@PathParam("id") long id, DraftBody body) {
        requireBody(body);
        return scorecards.saveDraft(
                id,
                recommendation(body.recommendation()),
                body.summary(),
                ClientRevision.of(body.clientRevision()));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit the caller's scorecard; 422 lists everything missing")
    public SubmittedScorecard submit(@PathParam("id") long id, SubmitBody body) {
        requireBody(body);
        return scorecards.submit(id, recommendation(body.recommendation()), body.summary());
    }

    @POST
    @Path("{id}/amend")
    @Operation(
            summary =
                    "Amend the caller's submitted scorecard, with a reason kept in the audit trail")
    public AmendmentView amend(@PathParam("id") long id, AmendBody body) {
        requireBody(body);
        Map<Integer, RatingContent> ratings = new LinkedHashMap<>();
        if (body.ratings() != null) {
            body.ratings()
                    .forEach(
                            (key, rating) -> {
                                int position = position(key);
                                if (rating == null) {
                                    throw new InvalidInputException(
                                            "ratings[" + key + "]", "Give the whole rating.");
                                }
                                ratings.put(position, rating.toContent());
                            });
        }
        return scorecards.amend(
                id,
                body.reason(),
                new ScorecardChanges(
                        ratings, recommendation(body.recommendation()), body.summary()));
    }

    @GET
    @Path("{id}/amendments")
    @Operation(summary = "A scorecard's amendments after submission, for those who may read it")
    public List<AmendmentView> amendments(@PathParam("id") long id) {
        return scorecards.amendments(id);
    }

    private static Recommendation recommendation(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Recommendation.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "recommendation",
                    "A recommendation is one of " + Arrays.toString(Recommendation.values()) + ".");
        }
    }

    private static int position(String key) {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "ratings", "Ratings are keyed by question position: \"1\", \"2\", …");
        }
    }

    /**
     * Bean Validation on body parameters breaks Payara's OpenAPI generator (payara/Payara#7649).
     */
    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "This call needs a JSON body.");
        }
    }
}
