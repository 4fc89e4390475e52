package dev.candor.shared.infrastructure.persistence;

import jakarta.resource.ResourceException;
import java.sql.SQLException;

/**
 * Tells a failure of the database connection (server down, connections dropped, pool unable to
 * connect) from a failure of Candor itself: the first is worth a "try again soon" (503), the second
 * is a bug (500).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof ResourceException
                    || cause.getClass().getSimpleName().equals("PoolingException")) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of class 08 (connection exception), 57P (PostgreSQL's operator intervention:
     * terminated, shutting down, cannot connect now) and 53 (out of connections or resources), and
     * the pool's own wording when it could not open a connection.
     */
    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null
                && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"))) {
            return true;
        }
        String message = sql.getMessage();
        return message != null && message.startsWith("Error in allocating a connection");
    }

    private static Throwable next(Throwable failure) {
        Throwable cause = failure.getCause();
        if (cause == null && failure instanceof SQLException sql) {
            cause = sql.getNextException();
        }
        return cause == failure ? null : cause;
    }
}
