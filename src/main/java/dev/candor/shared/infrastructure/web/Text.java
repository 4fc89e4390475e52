package dev.candor.shared.infrastructure.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The user-visible words of the pages, from the one resource bundle, and messages made from them.
 */
public final class Text {

    public static final String BUNDLE = "dev.candor.i18n.messages";

    private Text() {}

    public static String of(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, of(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, of(key, arguments));
    }

    /**
     * A message from the domain, already in the person's words, shown beside a field or at the top.
     */
    public static void errorAt(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /** Places each problem beside its field when the form has one, otherwise at the top. */
    public static void problems(String formId, Map<String, String> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.forEach(
                (field, message) -> {
                    String clientId = formId + ":" + field;
                    boolean onForm = faces.getViewRoot().findComponent(clientId) != null;
                    add(onForm ? clientId : null, FacesMessage.SEVERITY_ERROR, message);
                });
        faces.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
