package dev.candor.shared.infrastructure.web;

import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** For a page's view action: loads what the page shows, or answers 404/403 the way the API does. */
public final class PageLoading {

    private PageLoading() {}

    public static <T> T load(Supplier<T> loader) {
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
