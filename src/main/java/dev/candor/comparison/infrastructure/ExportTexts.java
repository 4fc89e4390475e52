package dev.candor.comparison.infrastructure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The comparison's texts from Candor's message bundle, for files made on the server (exports). */
final class ExportTexts {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("dev.candor.i18n.messages", Locale.ENGLISH);

    private ExportTexts() {}

    static String get(String key, Object... args) {
        String text = BUNDLE.containsKey(key) ? BUNDLE.getString(key) : key;
        return args.length == 0 ? text : new MessageFormat(text, Locale.ENGLISH).format(args);
    }

    static String number(Double value) {
        return value == null
                ? get("comparison.notEnoughData")
                : String.format(Locale.ROOT, "%.2f", value);
    }

    static String recommendation(String recommendation) {
        return recommendation == null ? "" : get("comparison.recommendation." + recommendation);
    }
}
