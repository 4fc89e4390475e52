package dev.candor.shared.infrastructure.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;

/** An RFC 9457 problem document: the one error shape of Candor's REST API. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String DATABASE_UNAVAILABLE_TITLE = "Database unavailable";
    private static final String DATABASE_UNAVAILABLE_DETAIL =
            "Nothing was stored: Candor cannot reach its database right now. Send the same"
                    + " request again in a few seconds.";
    private static final String RETRY_AFTER_SECONDS = "5";

    private Problem() {}

    public static JsonObject of(int status, String title, String detail) {
        return builder(status, title, detail).build();
    }

    public static JsonObject withErrors(
            int status, String title, String detail, Map<String, String> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach(
                (field, message) ->
                        list.add(
                                Json.createObjectBuilder()
                                        .add("field", field)
                                        .add("message", message)));
        return builder(status, title, detail).add("errors", list).build();
    }

    public static Response response(int status, String title, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(of(status, title, detail).toString())
                .build();
    }

    public static Response response(JsonObject problem) {
        return Response.status(problem.getInt("status"))
                .type(MEDIA_TYPE)
                .entity(problem.toString())
                .build();
    }

    /**
     * The database cannot be reached: nothing was stored, and sending the same request again in a
     * few seconds is the right thing to do (the scoring page keeps the change queued and does).
     */
    public static Response databaseUnavailable() {
        return Response.fromResponse(
                        response(503, DATABASE_UNAVAILABLE_TITLE, DATABASE_UNAVAILABLE_DETAIL))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    public static void writeDatabaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        write(response, 503, DATABASE_UNAVAILABLE_TITLE, DATABASE_UNAVAILABLE_DETAIL);
    }

    /** For the layers in front of JAX-RS: the authentication mechanism and servlet filters. */
    public static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(of(status, title, detail).toString());
    }

    static JsonObjectBuilder builder(int status, String title, String detail) {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
    }
}
