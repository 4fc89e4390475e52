package dev.candor.scoring.application;

import dev.candor.scoring.domain.ConcurrentScorecardChangeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Writing a scorecard's changes at once, so that two saves racing for the same rows surface as a
 * {@link ConcurrentScorecardChangeException} (409, send again) rather than a failed commit.
 */
final class ScorecardWrites {

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private ScorecardWrites() {}

    /**
     * Writes now, so a lost race surfaces as a 409 the client can retry rather than a failed
     * commit.
     */
    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentScorecardChangeException();
        } catch (PersistenceException e) {
            // Two first saves of the same question at once: the second INSERT hits the primary key.
            if (isUniqueViolation(e)) {
                throw new ConcurrentScorecardChangeException();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
