package dev.candor.shared.infrastructure.rest;

import dev.candor.shared.infrastructure.persistence.DatabaseOutage;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Errors raised by JAX-RS, JSON-B and Bean Validation, in the API's problem+json shape. */
public final class FrameworkExceptionMappers {

    private static final Logger LOG = Logger.getLogger(FrameworkExceptionMappers.class.getName());

    private FrameworkExceptionMappers() {}

    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (e.getResponse().hasEntity()
                    && Problem.MEDIA_TYPE.equals(String.valueOf(e.getResponse().getMediaType()))) {
                return e.getResponse();
            }
            if (e.getCause() instanceof JsonbException json) {
                return Problem.response(
                        400,
                        "Malformed JSON",
                        "The request body is not valid JSON for this call: " + json.getMessage());
            }
            String detail =
                    status.getStatusCode() == 404
                            ? "There is nothing at this address."
                            : e.getMessage();
            return Problem.response(status.getStatusCode(), status.getReasonPhrase(), detail);
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Problem.response(
                    400,
                    "Malformed JSON",
                    "The request body could not be read as JSON: " + cause.getMessage());
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(
                    400,
                    "Malformed JSON",
                    "The request body is not valid JSON for this call: " + e.getMessage());
        }
    }

    /**
     * JSON the parser gave up on (too deeply nested, not JSON at all) wherever it is read: the
     * sender's mistake, not ours.
     */
    @Provider
    public static class UnparsableJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return Problem.response(
                    400,
                    "Malformed JSON",
                    "The request body could not be read as JSON: " + e.getMessage());
        }
    }

    @Provider
    public static class InvalidFields implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                errors.merge(
                        fieldOf(violation.getPropertyPath()),
                        violation.getMessage(),
                        (a, b) -> a + "; " + b);
            }
            return Problem.response(
                    Problem.withErrors(
                            422,
                            "Invalid input",
                            "Some fields are not valid; each is listed under errors.",
                            errors));
        }

        private static String fieldOf(Path path) {
            String field = "";
            for (Path.Node node : path) {
                field = node.getName() == null ? field : node.getName();
            }
            return field;
        }
    }

    static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** The last resort: the person sees a reference to quote, the log has the details. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (isOptimisticLockFailure(e)) {
                return Problem.response(
                        409,
                        "Changed concurrently",
                        "Someone else changed this at the same moment, and nothing of this request"
                                + " was stored. Read it again and make the change anew.");
            }
            if (DatabaseOutage.explains(e)) {
                LOG.log(Level.WARNING, "Database unavailable: {0}", e.toString());
                return Problem.databaseUnavailable();
            }
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
            return Problem.response(
                    500,
                    "Internal error",
                    "Something went wrong on our side. Quote reference "
                            + reference
                            + " to your administrator.");
        }
    }
}
