package dev.candor.shared.infrastructure.outbox;

/**
 * The receiver did not take the message, e.g. "connection refused by mail.example.org:587"; the
 * message says so in words for the administrator.
 */
public class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
