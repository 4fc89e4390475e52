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

    /** A confirmation, at the form just sent (the top of the page when it has no message area). */
    public static void info(String key, Object... arguments) {
        atSubmittedForm(FacesMessage.SEVERITY_INFO, of(key, arguments));
    }

    /** A warning from the domain (e.g. a scheduling conflict), at the form just sent. */
    public static void warning(String message) {
        atSubmittedForm(FacesMessage.SEVERITY_WARN, message);
    }

    public static void error(String key, Object... arguments) {
        atSubmittedForm(FacesMessage.SEVERITY_ERROR, of(key, arguments));
    }

    /** A confirmation for the page a redirect leads to, at its top. */
    public static void onNextPage(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, of(key, arguments));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * A message from the domain, already in the person's words, shown beside a field, or at the
     * form just sent when {@code clientId} is null.
     */
    public static void errorAt(String clientId, String message) {
        if (clientId == null) {
            atSubmittedForm(FacesMessage.SEVERITY_ERROR, message);
        } else {
            add(clientId, FacesMessage.SEVERITY_ERROR, message);
        }
    }

    /** Places each problem beside its field when the form has one, otherwise at the form. */
    public static void problems(String formId, Map<String, String> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.forEach(
                (field, message) ->
                        add(
                                FeedbackPlace.ofField(faces, formId, field),
                                FacesMessage.SEVERITY_ERROR,
                                message));
        faces.validationFailed();
    }

    /** A message about the whole form with this id, in its message area. */
    public static void errorAtForm(String formId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        add(FeedbackPlace.ofForm(faces, formId), FacesMessage.SEVERITY_ERROR, message);
    }

    private static void atSubmittedForm(FacesMessage.Severity severity, String text) {
        add(FeedbackPlace.ofSubmittedForm(FacesContext.getCurrentInstance()), severity, text);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
