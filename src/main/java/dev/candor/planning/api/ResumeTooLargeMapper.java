package dev.candor.planning.api;

import dev.candor.planning.domain.ResumeTooLargeException;
import dev.candor.shared.infrastructure.rest.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A résumé over the size limit: 413, saying what the limit is. */
@Provider
public class ResumeTooLargeMapper implements ExceptionMapper<ResumeTooLargeException> {

    @Override
    public Response toResponse(ResumeTooLargeException e) {
        return Problem.response(413, "Résumé too large", e.getMessage());
    }
}
