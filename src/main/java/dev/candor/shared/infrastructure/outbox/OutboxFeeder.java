package dev.candor.shared.infrastructure.outbox;

/**
 * Work that queues messages on a schedule rather than in reaction to a change (reminders); the
 * outbox scheduler runs every feeder, then dispatches. Runs on every node: a feeder must be safe to
 * run twice at once (dedupe keys and optimistic locks, not in-memory state).
 */
public interface OutboxFeeder {

    void feed();
}
