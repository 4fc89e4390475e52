package dev.candor.shared.domain;

/**
 * The caller changed something on the strength of a version that is no longer the current one (HTTP
 * If-Match): someone else's change came first, and storing this one would silently undo it.
 */
public class StaleVersionException extends ConflictException {

    private final long currentVersion;

    public StaleVersionException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
