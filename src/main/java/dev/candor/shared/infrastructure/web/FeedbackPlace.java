package dev.candor.shared.infrastructure.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Which client id a message belongs to, so that it shows where the person is looking: a problem
 * beside its field, anything else about a form in the form's own message area (the {@code
 * c:formFeedback} component), and only what concerns no form, or a form without such an area, at
 * the top of the page. Forms are found by their own id wherever they sit (a tab view or a composite
 * prefixes their client ids), which is why a bare {@code formId:field} used to miss and fall back
 * to the top of the page.
 */
final class FeedbackPlace {

    private FeedbackPlace() {}

    /** The form this request submitted, when it has a message area; null for the page's top. */
    static String ofSubmittedForm(FacesContext faces) {
        UIForm form = submittedForm(faces);
        return form != null && hasMessageArea(form) ? form.getClientId(faces) : null;
    }

    /** The message area of the form with this id (the submitted one first), or null. */
    static String ofForm(FacesContext faces, String formId) {
        UIForm form = form(faces, formId);
        return form != null && hasMessageArea(form) ? form.getClientId(faces) : null;
    }

    /** The field's client id, or where the form's messages go when the form has no such field. */
    static String ofField(FacesContext faces, String formId, String field) {
        UIForm form = form(faces, formId);
        if (form == null) {
            return null;
        }
        UIComponent input = form.findComponent(field);
        if (input != null) {
            return input.getClientId(faces);
        }
        return hasMessageArea(form) ? form.getClientId(faces) : null;
    }

    /**
     * Before a redirect: the next page has none of this page's forms, so their messages move to the
     * top of the page, where the next page shows them.
     */
    static void moveToPage(FacesContext faces) {
        List<FacesMessage> placed = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId != null) {
                faces.getMessages(clientId).forEachRemaining(placed::add);
            }
        }
        // The messages stay listed under their old client ids too, but no component of the next
        // page has those ids, so only the page's own message list shows them.
        placed.forEach(message -> faces.addMessage(null, message));
    }

    private static UIForm form(FacesContext faces, String formId) {
        UIForm submitted = submittedForm(faces);
        if (submitted != null && formId.equals(submitted.getId())) {
            return submitted;
        }
        UIForm[] found = new UIForm[1];
        faces.getViewRoot()
                .visitTree(
                        VisitContext.createVisitContext(faces),
                        (context, component) -> {
                            if (component instanceof UIForm f && formId.equals(f.getId())) {
                                found[0] = f;
                                return VisitResult.COMPLETE;
                            }
                            return VisitResult.ACCEPT;
                        });
        return found[0];
    }

    /**
     * A full post carries the form's client id as a parameter; an Ajax post names the component
     * that sent it, inside the form.
     */
    private static UIForm submittedForm(FacesContext faces) {
        if (faces.getViewRoot() == null || !faces.isPostback()) {
            return null;
        }
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String source = parameters.get("jakarta.faces.source");
        if (source != null) {
            UIComponent sender = faces.getViewRoot().findComponent(source);
            while (sender != null && !(sender instanceof UIForm)) {
                sender = sender.getParent();
            }
            if (sender != null) {
                return (UIForm) sender;
            }
        }
        UIForm[] found = new UIForm[1];
        faces.getViewRoot()
                .visitTree(
                        VisitContext.createVisitContext(faces),
                        (context, component) -> {
                            if (component instanceof UIForm f
                                    && parameters.containsKey(f.getClientId(faces))) {
                                found[0] = f;
                                return VisitResult.COMPLETE;
                            }
                            return VisitResult.ACCEPT;
                        });
        return found[0];
    }

    /** A form's own message area: a c:formFeedback inside it. */
    private static boolean hasMessageArea(UIComponent component) {
        for (Iterator<UIComponent> children = component.getFacetsAndChildren();
                children.hasNext(); ) {
            UIComponent child = children.next();
            if (FormFeedback.isFormFeedback(child) || hasMessageArea(child)) {
                return true;
            }
        }
        return false;
    }
}
