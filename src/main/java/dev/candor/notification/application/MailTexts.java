package dev.candor.notification.application;

import dev.candor.shared.infrastructure.web.Text;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * E-mail texts from the bundle: {@code <key>.subject}, {@code <key>.text} (plain) and {@code
 * <key>.html}, each a MessageFormat pattern. Arguments are escaped for the HTML part.
 */
public final class MailTexts {

    private static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", LOCALE);

    private MailTexts() {}

    /** A subject, plain text and HTML, without recipients yet. */
    public record Mail(String subject, String text, String html) {}

    public static Mail render(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Text.BUNDLE, LOCALE);
        Object[] escaped =
                Arrays.stream(arguments).map(a -> (Object) escape(String.valueOf(a))).toArray();
        return new Mail(
                format(bundle.getString(key + ".subject"), arguments),
                format(bundle.getString(key + ".text"), arguments),
                format(bundle.getString("notification.mail.html.start"), escaped)
                        + format(bundle.getString(key + ".html"), escaped)
                        + bundle.getString("notification.mail.html.end"));
    }

    /** A moment as people read it in their zone: "Tue 15 Jan 2030, 11:00 (Europe/Berlin)". */
    public static String when(Instant instant, ZoneId zone) {
        return WHEN.withZone(zone).format(instant) + " (" + zone.getId() + ")";
    }

    private static String format(String pattern, Object[] arguments) {
        return new MessageFormat(pattern, LOCALE).format(arguments);
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
