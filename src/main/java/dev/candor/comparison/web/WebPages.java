package dev.candor.comparison.web;

import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Loading for the comparison pages: unknown things become 404 pages, refusals 403, like the API. */
final class WebPages {

    private WebPages() {
    }

    static <T> T load(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (NotFoundException | IllegalArgumentException e) {
            sendError(404);
        } catch (AccessDeniedException e) {
            sendError(403);
        }
        return null;
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
