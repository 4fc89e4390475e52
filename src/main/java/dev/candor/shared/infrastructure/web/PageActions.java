package dev.candor.shared.infrastructure.web;

import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** How every page turns the services' refusals into messages on the form. */
public final class PageActions {

    private PageActions() {}

    /** Runs an action; a refusal becomes messages on the form (nothing typed is lost) and false. */
    public static boolean attempt(String formId, Runnable action) {
        return attempt(FormPlaces.of(formId), action);
    }

    public static <T> T attempt(String formId, Supplier<T> action) {
        return attempt(FormPlaces.of(formId), action);
    }

    public static boolean attempt(FormPlaces form, Runnable action) {
        return attempt(
                        form,
                        () -> {
                            action.run();
                            return Boolean.TRUE;
                        })
                != null;
    }

    /** The action's result, or null after showing why the services refused it. */
    public static <T> T attempt(FormPlaces form, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            form.showProblems(e.problems());
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            form.showRefusal(e.getMessage());
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        FeedbackPlace.moveToPage(faces);
        ExternalContext external = faces.getExternalContext();
        try {
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
