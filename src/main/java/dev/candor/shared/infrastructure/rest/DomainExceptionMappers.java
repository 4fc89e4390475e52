package dev.candor.shared.infrastructure.rest;

import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import dev.candor.shared.domain.StaleVersionException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the domain's refusals into the matching HTTP status, with the domain's own words. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {}

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(
                    Problem.withErrors(
                            422,
                            "Invalid input",
                            "Some fields are not valid; each is listed under errors.",
                            e.problems()));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(404, "Not found", e.getMessage());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(409, "Conflict", e.getMessage());
        }
    }

    /** Carries the current tag, so the client can fetch what changed and decide. */
    @Provider
    public static class StaleVersion implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            return Response.fromResponse(
                            Problem.response(
                                    Problem.builder(409, "Changed by someone else", e.getMessage())
                                            .add("currentVersion", e.currentVersion())
                                            .build()))
                    .tag(EntityTags.of(e.currentVersion()))
                    .build();
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return Problem.response(403, "Forbidden", e.getMessage());
        }
    }
}
