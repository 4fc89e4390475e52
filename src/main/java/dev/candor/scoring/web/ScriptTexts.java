package dev.candor.scoring.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The scoring script's words: the bundle's {@code scoring.js.*} keys, without the prefix, as JSON
 * for a script element. The messages about a text that is too long get their limit here; every
 * other {0} is the script's to fill.
 */
final class ScriptTexts {

    private static final String PREFIX = "scoring.js.";

    private ScriptTexts() {}

    static String json(ResourceBundle bundle, Locale locale, TextLimits limits) {
        Map<String, Integer> limited =
                Map.of(
                        "problem.notes", limits.notes(),
                        "problem.skipReason", limits.skipReason(),
                        "problem.summary", limits.summary(),
                        "amendProblem.reason", limits.amendReason());
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith(PREFIX)) {
                String name = key.substring(PREFIX.length());
                String text = bundle.getString(key);
                texts.add(
                        name,
                        limited.containsKey(name)
                                ? new MessageFormat(text, locale)
                                        .format(new Object[] {limited.get(name)})
                                : text);
            }
        }
        return forScriptElement(texts.build());
    }

    /**
     * JSON to sit inside a script element. Not only "</script" ends it early: "<!--" followed by
     * "<script" puts the HTML parser in a state where the real end tag no longer counts, and the
     * rest of the page is swallowed. JSON has "<", ">" and "&" only inside strings, where the \\u
     * escapes mean the same characters.
     */
    static String forScriptElement(JsonStructure json) {
        return json.toString()
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
