package dev.candor.shared.infrastructure.startup;

/**
 * Work a capability does once the schema is current and before Candor says it is ready, such as
 * creating the first administrator or loading a starter library. Must be idempotent: it runs on
 * every start.
 */
public interface StartupTask {

    /** Lower runs first: identity before the data that refers to people. */
    int order();

    void run();
}
