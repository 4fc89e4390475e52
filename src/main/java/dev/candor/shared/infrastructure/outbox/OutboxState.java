package dev.candor.shared.infrastructure.outbox;

/** Where an outbox message is on its way out. */
public enum OutboxState {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by one node, which is sending it now. */
    SENDING,
    SENT,
    /**
     * The claim ran out without a result: the node may have died after the receiver accepted the
     * message. Never sent again automatically (at most once); shown to the administrator.
     */
    IN_DOUBT,
    /** Every attempt failed; shown to the administrator. */
    FAILED,
    /** No longer wanted before it was sent, e.g. a reminder for a scorecard submitted meanwhile. */
    WITHDRAWN
}
