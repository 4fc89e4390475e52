package dev.candor.planning.web;

import dev.candor.identity.application.SignInService;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and names as planning's pages show them. Times are entered and shown in UTC, and labelled
 * so, because the server cannot know each person's time zone.
 */
@Named
@ApplicationScoped
public class PlanFormat {

    public static final ZoneId ZONE = ZoneOffset.UTC;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                    .withZone(ZONE);

    @Inject private SignInService signIn;

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /**
     * A message of the bundle with its placeholders filled, for the pages ({@code
     * planFormat.fmt('key', a)}).
     */
    public String fmt(String key, Object a) {
        return Text.of(key, a);
    }

    public String fmt(String key, Object a, Object b) {
        return Text.of(key, a, b);
    }

    public String fmt(String key, Object a, Object b, Object c, Object d) {
        return Text.of(key, a, b, c, d);
    }

    /** A person as read on a page: their name, the username only when they have none. */
    public String name(String username) {
        return signIn.displayNameOf(username).orElse(username);
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }
}
