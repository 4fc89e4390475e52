package dev.candor.audit.application;

import dev.candor.audit.domain.AuditChainHead;
import dev.candor.audit.domain.AuditEntry;
import dev.candor.shared.domain.AuditableEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Writes every {@link AuditableEvent} into the hash-chained audit log, inside the transaction that
 * fired it: the entry is stored with the change or not at all. Appends are serialised by locking
 * the chain's head row until the transaction ends.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("dev.candor.audit");

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    @Transactional(Transactional.TxType.REQUIRED)
    void record(@Observes AuditableEvent event) {
        AuditChainHead head =
                em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = head.append(event, clock.instant());
        em.persist(entry);
        LOG.info(
                () ->
                        "audit #"
                                + entry.getId()
                                + " "
                                + entry.getType()
                                + " actor="
                                + entry.getActor()
                                + " subject="
                                + entry.getSubject()
                                + " "
                                + entry.getDetails());
    }
}
