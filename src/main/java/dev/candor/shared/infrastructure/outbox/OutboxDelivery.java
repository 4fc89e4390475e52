package dev.candor.shared.infrastructure.outbox;

/**
 * Sends the outbox messages of one kind (a CDI bean per kind: e-mail now, webhooks later). The
 * dispatcher calls {@link #deliver} outside any transaction, at most once per message.
 */
public interface OutboxDelivery {

    /** The kind this delivery sends, as given to {@link Outbox#enqueue}. */
    String kind();

    /**
     * Whether messages of this kind can be attempted at all now (e.g. a mail host is configured);
     * if not, they wait without using up attempts.
     */
    boolean isReady();

    /**
     * Sends one message. {@code messageId} is stable for the message, for receivers to recognise a
     * duplicate (an e-mail's Message-ID, a webhook's idempotency key).
     *
     * @throws DeliveryFailure when the receiver did not take the message; it is tried again later
     */
    void deliver(long messageId, String payload) throws DeliveryFailure;
}
