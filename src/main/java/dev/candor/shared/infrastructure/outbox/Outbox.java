package dev.candor.shared.infrastructure.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queues messages to leave Candor. {@link #enqueue} joins the caller's transaction (it refuses to
 * run without one): the message exists exactly when the change that caused it was committed. The
 * scheduled {@link OutboxDispatcher} sends it later; see docs/notifications.md for the guarantee.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    /**
     * Queues a message, unless one with the same dedupe key was ever queued.
     *
     * @param kind the {@link OutboxDelivery#kind()} that will send it
     * @param dedupeKey null, or a key that makes the message unique for ever (e.g. "reminder:12:2")
     * @param label one line for the administrator: recipient and subject, no more
     * @return the new message's id, or empty when the dedupe key was taken
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> enqueue(String kind, String dedupeKey, String label, String payload) {
        if (dedupeKey != null && isKnown(dedupeKey)) {
            return Optional.empty();
        }
        OutboxMessage message = new OutboxMessage(kind, dedupeKey, label, payload, clock.instant());
        em.persist(message);
        em.flush();
        return Optional.of(message.getId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isKnown(String dedupeKey) {
        return !em.createQuery(
                        "select m.id from OutboxMessage m where m.dedupeKey = :key", Long.class)
                .setParameter("key", dedupeKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Withdraws the messages not yet sent whose dedupe key starts with the prefix.
     *
     * @return how many were withdrawn
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdraw(String dedupeKeyPrefix) {
        return em.createQuery(
                        "update OutboxMessage m set m.state = :withdrawn, m.entityVersion = m.entityVersion + 1 "
                                + "where m.state = :pending and m.dedupeKey like :prefix")
                .setParameter("withdrawn", OutboxState.WITHDRAWN)
                .setParameter("pending", OutboxState.PENDING)
                .setParameter("prefix", dedupeKeyPrefix.replace("%", "") + "%")
                .executeUpdate();
    }

    /** How many messages are in each state, and the ones that need the administrator's eye. */
    @Transactional
    public OutboxStatus status(int problemLimit) {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery(
                        "select m.state, count(m) from OutboxMessage m group by m.state",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((OutboxState) row[0], (Long) row[1]));
        long failing =
                em.createQuery(
                                "select count(m) from OutboxMessage m "
                                        + "where m.state = :pending and m.lastError is not null",
                                Long.class)
                        .setParameter("pending", OutboxState.PENDING)
                        .getSingleResult();
        List<OutboxMessage> problems =
                em.createQuery(
                                "select m from OutboxMessage m where m.state in :bad "
                                        + "or (m.state = :pending and m.lastError is not null) "
                                        + "order by m.lastAttemptAt desc, m.id desc",
                                OutboxMessage.class)
                        .setParameter("bad", List.of(OutboxState.FAILED, OutboxState.IN_DOUBT))
                        .setParameter("pending", OutboxState.PENDING)
                        .setMaxResults(problemLimit)
                        .getResultList();
        return new OutboxStatus(counts, failing, problems);
    }

    /** The message, for tests and the administrator's page. */
    @Transactional
    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    Instant now() {
        return clock.instant();
    }
}
