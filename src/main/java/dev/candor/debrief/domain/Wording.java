package dev.candor.debrief.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The bundle's words for what the debrief says (rules, flags), so the domain stays plain Java. */
@FunctionalInterface
public interface Wording {

    String BUNDLE = "dev.candor.i18n.messages";

    String of(String key, Object... arguments);

    static Wording bundle(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return (key, arguments) ->
                new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
