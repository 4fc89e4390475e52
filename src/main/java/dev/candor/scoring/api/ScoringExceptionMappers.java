package dev.candor.scoring.api;

import dev.candor.scoring.domain.ConcurrentScorecardChangeException;
import dev.candor.scoring.domain.IncompleteScorecardException;
import dev.candor.scoring.domain.ScorecardClosedException;
import dev.candor.scoring.domain.StaleDraftException;
import dev.candor.scoring.domain.StaleRatingException;
import dev.candor.shared.infrastructure.rest.Problem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Scoring's refusals that carry more than a message: what is missing (422) and what is stored (409,
 * for a rating or the draft recommendation and summary); and distinct titles for the other 409s, so
 * the autosave can tell "replay it" ({@code Changed concurrently}) from "stop" ({@code Scorecard
 * closed}).
 */
public final class ScoringExceptionMappers {

    private ScoringExceptionMappers() {}

    /**
     * A value of a refusal's body, JSON null when absent; numbers stay numbers, anything else is
     * its text.
     */
    private static void addOrNull(JsonObjectBuilder builder, String name, Object value) {
        if (value == null) {
            builder.addNull(name);
        } else if (value instanceof Integer number) {
            builder.add(name, number);
        } else {
            builder.add(name, value.toString());
        }
    }

    @Provider
    public static class Incomplete implements ExceptionMapper<IncompleteScorecardException> {
        @Override
        public Response toResponse(IncompleteScorecardException e) {
            JsonArrayBuilder missing = Json.createArrayBuilder();
            e.missing()
                    .forEach(
                            item -> {
                                JsonObjectBuilder entry =
                                        Json.createObjectBuilder().add("kind", item.kind().name());
                                addOrNull(entry, "position", item.position());
                                addOrNull(entry, "score", item.score());
                                missing.add(
                                        entry.add("field", item.field())
                                                .add("message", item.message()));
                            });
            return Problem.response(
                    Json.createObjectBuilder(
                                    Problem.withErrors(
                                            422,
                                            "Scorecard incomplete",
                                            "The scorecard cannot be submitted yet; everything missing is listed under missing.",
                                            e.problems()))
                            .add("missing", missing)
                            .build());
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleRatingException> {
        @Override
        public Response toResponse(StaleRatingException e) {
            JsonObjectBuilder rating = Json.createObjectBuilder();
            addOrNull(rating, "score", e.stored().score());
            rating.add("skipped", e.stored().skipped());
            addOrNull(rating, "skipReason", e.stored().skipReason());
            addOrNull(rating, "notes", e.stored().notes());
            rating.add("revision", e.storedRevision());
            addOrNull(rating, "updatedAt", e.storedAt() == null ? null : e.storedAt().toString());
            return Problem.response(
                    Json.createObjectBuilder(Problem.of(409, "Newer save stored", e.getMessage()))
                            .add("position", e.position())
                            .add("storedRevision", e.storedRevision())
                            .add("rating", rating)
                            .build());
        }
    }

    @Provider
    public static class StaleDraft implements ExceptionMapper<StaleDraftException> {
        @Override
        public Response toResponse(StaleDraftException e) {
            JsonObjectBuilder draft = Json.createObjectBuilder();
            addOrNull(draft, "recommendation", e.stored().recommendation());
            addOrNull(draft, "summary", e.stored().summary());
            draft.add("revision", e.storedRevision());
            addOrNull(draft, "updatedAt", e.storedAt());
            return Problem.response(
                    Json.createObjectBuilder(Problem.of(409, "Newer save stored", e.getMessage()))
                            .add("storedRevision", e.storedRevision())
                            .add("draft", draft)
                            .build());
        }
    }

    @Provider
    public static class Closed implements ExceptionMapper<ScorecardClosedException> {
        @Override
        public Response toResponse(ScorecardClosedException e) {
            return Problem.response(409, "Scorecard closed", e.getMessage());
        }
    }

    @Provider
    public static class Concurrent implements ExceptionMapper<ConcurrentScorecardChangeException> {
        @Override
        public Response toResponse(ConcurrentScorecardChangeException e) {
            return Problem.response(409, "Changed concurrently", e.getMessage());
        }
    }
}
