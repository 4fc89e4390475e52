package dev.candor.comparison.infrastructure;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Export file names that say what they are and when they were made:
 * candor-&lt;slug&gt;-&lt;kind&gt;-&lt;date&gt;.&lt;ext&gt;.
 */
public final class FileNames {

    private FileNames() {}

    public static String of(String title, String kind, LocalDate date, String extension) {
        return "candor-" + slug(title) + "-" + kind + "-" + date + "." + extension;
    }

    static String slug(String text) {
        String ascii =
                Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }
}
