package dev.candor.shared.infrastructure.web;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where a form shows what the services refuse: each input problem beside its field (or in the
 * form's message area when the form has no such field), and a refusal (conflict, not found, not
 * allowed) in the form's message area or beside one chosen field.
 *
 * @param refusalField the field a refusal belongs beside, null for the form's message area
 * @param fieldClientId the client id of a problem's field, null for {@code formId:field}
 */
public record FormPlaces(String formId, String refusalField, UnaryOperator<String> fieldClientId) {

    public static FormPlaces of(String formId) {
        return new FormPlaces(formId, null, null);
    }

    /** Refusals are shown beside this field, e.g. "that name is taken" beside the name. */
    public FormPlaces refusalsBeside(String field) {
        return new FormPlaces(formId, field, fieldClientId);
    }

    /** For forms whose fields' client ids are not {@code formId:field} (rows of a table). */
    public FormPlaces fieldsAt(UnaryOperator<String> clientIdOfField) {
        return new FormPlaces(formId, refusalField, clientIdOfField);
    }

    /** Beside the chosen field, or in the form's message area. */
    void showRefusal(String message) {
        if (refusalField == null) {
            Text.errorAtForm(formId, message);
        } else {
            Text.problems(formId, Map.of(refusalField, message));
        }
    }

    void showProblems(Map<String, String> problems) {
        if (fieldClientId == null) {
            Text.problems(formId, problems);
            return;
        }
        problems.forEach((field, message) -> Text.errorAt(fieldClientId.apply(field), message));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
