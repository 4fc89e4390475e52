package dev.candor.shared.infrastructure.startup;

/**
 * What a capability adds to the one "Candor is ready" line, such as where to sign in. Start-up
 * collects every bean of this type, so the foundation needs to know no capability.
 */
public interface ReadyNote {

    /** Lower comes first. */
    int order();

    /** The words to add for a Candor that answers at {@code baseUrl} (ends with a slash). */
    String note(String baseUrl);
}
