package dev.candor.shared.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message of the bundle, rendered as the pages render it (MessageFormat) with an argument for
 * each placeholder: nothing of a placeholder or a brace may be left over. A quote that swallows a
 * placeholder ("panel's {0}" needs "panel''s"), a broken "{0" or a placeholder the code never fills
 * shows up here.
 */
class BundleMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /**
     * The scoring script fills {n} itself (texts.js), with plain replacement, not MessageFormat.
     */
    private static final String SCRIPT_PREFIX = "scoring.js.";

    @Test
    void everyMessageRendersWithItsArgumentsAndNoBraceIsLeft() {
        ResourceBundle bundle = ResourceBundle.getBundle(Text.BUNDLE, Locale.ENGLISH);
        List<String> broken = new ArrayList<>();
        List<String> keys = Collections.list(bundle.getKeys());
        for (String key : keys) {
            String pattern = bundle.getString(key);
            Object[] arguments = argumentsFor(pattern);
            String rendered;
            if (key.startsWith(SCRIPT_PREFIX)) {
                rendered = asTheScriptFillsIt(pattern, arguments);
            } else {
                try {
                    rendered = new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
                } catch (IllegalArgumentException unparsable) {
                    broken.add(key + ": " + unparsable.getMessage());
                    continue;
                }
            }
            if (rendered.contains("{") || rendered.contains("}")) {
                broken.add(key + " = " + rendered);
            }
        }
        assertTrue(keys.size() > 100, "the whole bundle: " + keys.size());
        assertEquals(List.of(), broken);
    }

    @Test
    void theNotesHintNamesTheScaleAndTheMinimum() {
        ResourceBundle bundle = ResourceBundle.getBundle(Text.BUNDLE, Locale.ENGLISH);
        String hint =
                new MessageFormat(bundle.getString("scoring.notes.hint"), Locale.ENGLISH)
                        .format(new Object[] {20, 1, 5});

        assertTrue(hint.contains("A score of 1 or 5 needs notes of at least 20 characters"), hint);
    }

    private static Object[] argumentsFor(String pattern) {
        int highest = -1;
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        Object[] arguments = new Object[highest + 1];
        for (int i = 0; i <= highest; i++) {
            arguments[i] = 7 + i;
        }
        return arguments;
    }

    private static String asTheScriptFillsIt(String pattern, Object[] arguments) {
        String text = pattern;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
