package dev.candor.shared.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.Resource;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The messages the {@code c:formFeedback} component shows: those placed on the form around it (see
 * {@link FeedbackPlace}). Its own markup, a paragraph per message with role alert or status,
 * because PrimeFaces' messages put role="alert" on list items, which breaks the list for screen
 * readers (axe: list).
 */
@Named
@ApplicationScoped
public class FormFeedback {

    static final String RESOURCE = "formFeedback.xhtml";

    public List<FacesMessage> messagesOf(UIComponent feedback) {
        UIComponent form = feedback;
        while (form != null && !(form instanceof UIForm)) {
            form = form.getParent();
        }
        if (form == null) {
            return List.of();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getMessageList(form.getClientId(faces));
    }

    /** "error", "warn" or "info", for the message's look and its role. */
    public String level(FacesMessage message) {
        FacesMessage.Severity severity = message.getSeverity();
        if (severity == null || severity.compareTo(FacesMessage.SEVERITY_INFO) <= 0) {
            return "info";
        }
        return severity.compareTo(FacesMessage.SEVERITY_WARN) == 0 ? "warn" : "error";
    }

    /** Whether a component is a c:formFeedback, the form's own message area. */
    static boolean isFormFeedback(UIComponent component) {
        return UIComponent.isCompositeComponent(component)
                && component.getAttributes().get(Resource.COMPONENT_RESOURCE_KEY)
                        instanceof Resource resource
                && RESOURCE.equals(resource.getResourceName());
    }
}
