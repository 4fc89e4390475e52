package dev.candor.notification.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One e-mail as the outbox keeps it: recipients, subject, plain text and HTML, and the calendar
 * entry when there is one. Rendered when it is queued, so it says what was true then.
 */
public record MailPayload(
        List<String> to, String subject, String text, String html, Calendar calendar) {

    public static final String KIND = "mail";

    /** An iCalendar attachment and its METHOD, which mail programs need in the content type. */
    public record Calendar(String method, String content) {}

    public MailPayload {
        to = List.copyOf(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }

    public Optional<Calendar> calendarEntry() {
        return Optional.ofNullable(calendar);
    }

    public String toJson() {
        JsonArrayBuilder recipients = Json.createArrayBuilder();
        to.forEach(recipients::add);
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("to", recipients)
                        .add("subject", subject)
                        .add("text", text)
                        .add("html", html);
        if (calendar != null) {
            json.add(
                    "calendar",
                    Json.createObjectBuilder()
                            .add("method", calendar.method())
                            .add("content", calendar.content()));
        }
        return json.build().toString();
    }

    public static MailPayload fromJson(String stored) {
        try (var reader = Json.createReader(new StringReader(stored))) {
            JsonObject json = reader.readObject();
            JsonObject calendar = json.getJsonObject("calendar");
            return new MailPayload(
                    json.getJsonArray("to").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList(),
                    json.getString("subject"),
                    json.getString("text"),
                    json.getString("html"),
                    calendar == null
                            ? null
                            : new Calendar(
                                    calendar.getString("method"), calendar.getString("content")));
        }
    }
}
