package dev.candor.audit.application;

import dev.candor.audit.domain.AuditChainHead;
import dev.candor.audit.domain.AuditEntry;
import dev.candor.audit.domain.ChainVerification;
import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Administrators read the audit log and check that nobody changed it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    /** Entries read at a time while verifying, so a long log never sits in memory at once. */
    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext private EntityManager em;

    @Inject private Caller caller;

    public AuditPage search(AuditQuery query) {
        caller.requireAnyRole(Role.ADMIN);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (query.to() != null) {
            where.append(" and e.occurredAt < :to");
        }
        if (query.actor() != null) {
            where.append(" and e.actor = :actor");
        }
        if (query.type() != null) {
            where.append(" and (e.type = :type or e.type like :typePrefix)");
        }
        TypedQuery<AuditEntry> entries =
                em.createQuery(
                        "select e from AuditEntry e" + where + " order by e.id desc",
                        AuditEntry.class);
        TypedQuery<Long> count =
                em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        bind(entries, query);
        bind(count, query);
        List<AuditEntry> found =
                entries.setFirstResult(query.page() * query.size())
                        .setMaxResults(query.size())
                        .getResultList();
        return new AuditPage(found, query.page(), query.size(), count.getSingleResult());
    }

    public ChainVerification.Result verify() {
        caller.requireAnyRole(Role.ADMIN);
        ChainVerification verification = new ChainVerification();
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch =
                    new ArrayList<>(
                            em.createQuery(
                                            "select e from AuditEntry e where e.id > :after order by e.id",
                                            AuditEntry.class)
                                    .setParameter("after", after)
                                    .setMaxResults(VERIFY_BATCH)
                                    .getResultList());
            batch.forEach(verification::check);
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).getId();
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        return verification.finish(head);
    }

    private static void bind(TypedQuery<?> query, AuditQuery criteria) {
        if (criteria.from() != null) {
            query.setParameter("from", criteria.from());
        }
        if (criteria.to() != null) {
            query.setParameter("to", criteria.to());
        }
        if (criteria.actor() != null) {
            query.setParameter("actor", criteria.actor());
        }
        if (criteria.type() != null) {
            query.setParameter("type", criteria.type());
            query.setParameter("typePrefix", criteria.type().replace("%", "") + ".%");
        }
    }
}
