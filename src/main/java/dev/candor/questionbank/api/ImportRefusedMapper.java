package dev.candor.questionbank.api;

import dev.candor.questionbank.application.ImportRefusedException;
import dev.candor.shared.infrastructure.rest.Problem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused import as 422 problem+json. Each entry of {@code errors} has {@code field} ("row 3,
 * column text"), {@code row} and {@code column} (absent for problems with the whole file) and
 * {@code message}.
 */
@Provider
public class ImportRefusedMapper implements ExceptionMapper<ImportRefusedException> {

    @Override
    public Response toResponse(ImportRefusedException e) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        e.problems()
                .forEach(
                        problem -> {
                            JsonObjectBuilder error = Json.createObjectBuilder();
                            String where =
                                    problem.row() == null
                                            ? (problem.column() == null
                                                    ? "file"
                                                    : "column " + problem.column())
                                            : (problem.column() == null
                                                    ? "row " + problem.row()
                                                    : "row "
                                                            + problem.row()
                                                            + ", column "
                                                            + problem.column());
                            error.add("field", where);
                            if (problem.row() != null) {
                                error.add("row", problem.row());
                            }
                            if (problem.column() != null) {
                                error.add("column", problem.column());
                            }
                            error.add("message", problem.message());
                            errors.add(error);
                        });
        return Problem.response(
                Json.createObjectBuilder(
                                Problem.of(
                                        422,
                                        "Import refused",
                                        "Nothing was imported: the file has "
                                                + e.problems().size()
                                                + " problem(s), each listed under errors."))
                        .add("errors", errors)
                        .build());
    }
}
