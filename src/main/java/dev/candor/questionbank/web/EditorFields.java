package dev.candor.questionbank.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where on the editor form a problem goes: the service names fields as in JSON, the form has its
 * own ids.
 */
final class EditorFields {

    private static final Pattern PROBE = Pattern.compile("probes\\[(\\d+)]");
    private static final Pattern ANCHOR =
            Pattern.compile("anchors\\[score=(\\d)]\\.(label|description)");

    private EditorFields() {}

    /**
     * The client id (below the form) of the input a field's problem belongs beside, or null for the
     * top.
     */
    static String clientId(String form, String field) {
        Matcher probe = PROBE.matcher(field);
        if (probe.matches()) {
            return form + ":probes:" + (Integer.parseInt(probe.group(1)) - 1) + ":probe";
        }
        Matcher anchor = ANCHOR.matcher(field);
        if (anchor.matches()) {
            return form
                    + ":anchors:"
                    + (Integer.parseInt(anchor.group(1)) - 1)
                    + ":"
                    + anchor.group(2);
        }
        if (field.startsWith("tags")) {
            return form + ":tags";
        }
        return switch (field) {
            case "text", "kind", "competency", "guidance", "status", "changeNote" ->
                    form + ":" + field;
            case "probes" -> form + ":addProbe";
            default -> null;
        };
    }
}
