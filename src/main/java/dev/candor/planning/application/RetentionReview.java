package dev.candor.planning.application;

import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.OpeningStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Storage limitation (GDPR art. 5(1)(e)): candidates of openings closed longer than the retention
 * period ({@code CANDOR_RETENTION_DAYS}) are listed for erasure. Candor never erases on its own: a
 * person decides, case by case, and the erasure is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RetentionReview {

    @PersistenceContext private EntityManager em;

    @Inject private Caller caller;

    @Inject private Clock clock;

    @Inject
    @ConfigProperty(name = "candor.retention.days", defaultValue = "365")
    private int retentionDays;

    public int retentionDays() {
        return retentionDays;
    }

    /** Not yet erased, of openings closed before the retention period began; oldest first. */
    public List<DueForErasure> dueForErasure() {
        caller.requireAnyRole(Role.ADMIN, Role.RECRUITER);
        Instant closedBefore = clock.instant().minus(Duration.ofDays(Math.max(0, retentionDays)));
        return em.createQuery(
                        "select c from Candidate c join c.opening o where o.status = :closed"
                                + " and o.closedAt < :before and c.erasedAt is null"
                                + " order by o.closedAt, c.id",
                        Candidate.class)
                .setParameter("closed", OpeningStatus.CLOSED)
                .setParameter("before", closedBefore)
                .getResultStream()
                .map(
                        c ->
                                new DueForErasure(
                                        c.getId(),
                                        c.getName(),
                                        c.getOpening().getId(),
                                        c.getOpening().getTitle(),
                                        c.getOpening().getClosedAt().orElseThrow()))
                .toList();
    }

    public record DueForErasure(
            long candidateId, String name, long openingId, String openingTitle, Instant closedAt)
            implements java.io.Serializable {}
}
