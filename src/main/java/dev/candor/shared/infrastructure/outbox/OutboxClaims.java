package dev.candor.shared.infrastructure.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outbox's state changes, each in a short transaction of its own and each a conditional UPDATE
 * that names the state it expects, so that of two nodes racing for a message exactly one wins.
 * Claiming also locks the row it picks ({@code FOR UPDATE SKIP LOCKED}, on PostgreSQL and H2 2.x)
 * so the other node moves on to the next message instead of waiting.
 */
@ApplicationScoped
public class OutboxClaims {

    /** A message this node has claimed and must now send, then mark. */
    public record Claim(long id, String kind, String payload, int attempts) {}

    @PersistenceContext private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claimNext(
            String node, Collection<String> kinds, Instant now, Duration lease) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        String placeholders = kinds.stream().map(k -> "?").collect(Collectors.joining(", "));
        var select =
                em.createNativeQuery(
                        "SELECT id FROM outbox_message WHERE state = 'PENDING' AND next_attempt_at <= ? "
                                + "AND kind IN ("
                                + placeholders
                                + ") ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED");
        select.setParameter(1, utc(now));
        int position = 2;
        for (String kind : kinds) {
            select.setParameter(position++, kind);
        }
        List<?> found = select.getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) found.get(0)).longValue();
        int claimed =
                em.createNativeQuery(
                                "UPDATE outbox_message SET state = 'SENDING', claimed_by = ?, claimed_until = ?, "
                                        + "attempts = attempts + 1, last_attempt_at = ?, "
                                        + "entity_version = entity_version + 1 "
                                        + "WHERE id = ? AND state = 'PENDING'")
                        .setParameter(1, node)
                        .setParameter(2, utc(now.plus(lease)))
                        .setParameter(3, utc(now))
                        .setParameter(4, id)
                        .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        em.refresh(message);
        return Optional.of(
                new Claim(id, message.getKind(), message.getPayload(), message.getAttempts()));
    }

    /**
     * Records the send. Only the node that holds the claim can; if its claim was already declared
     * in doubt, the message stays in doubt.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markSent(long id, String node, Instant now) {
        return em.createNativeQuery(
                                "UPDATE outbox_message SET state = 'SENT', sent_at = ?, claimed_until = NULL, "
                                        + "last_error = NULL, entity_version = entity_version + 1 "
                                        + "WHERE id = ? AND state = 'SENDING' AND claimed_by = ?")
                        .setParameter(1, utc(now))
                        .setParameter(2, id)
                        .setParameter(3, node)
                        .executeUpdate()
                == 1;
    }

    /**
     * Records a failed attempt: the message waits for the next one, or has failed for good after
     * {@code maxAttempts}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markFailed(
            long id, String node, int attempts, int maxAttempts, String error, Instant now) {
        boolean last = attempts >= maxAttempts;
        return em.createNativeQuery(
                                "UPDATE outbox_message SET state = ?, next_attempt_at = ?, claimed_until = NULL, "
                                        + "last_error = ?, entity_version = entity_version + 1 "
                                        + "WHERE id = ? AND state = 'SENDING' AND claimed_by = ?")
                        .setParameter(1, last ? "FAILED" : "PENDING")
                        .setParameter(2, utc(now.plus(Backoff.after(attempts))))
                        .setParameter(3, OutboxMessage.cut(error, OutboxMessage.ERROR))
                        .setParameter(4, id)
                        .setParameter(5, node)
                        .executeUpdate()
                == 1;
    }

    /**
     * Messages whose claim ran out without a result: the node died (or hung) between claiming and
     * marking, perhaps after the receiver accepted the message. They are never sent again.
     *
     * @return how many were declared in doubt
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expireClaims(Instant now) {
        return em.createNativeQuery(
                        "UPDATE outbox_message SET state = 'IN_DOUBT', "
                                + "last_error = 'The sender stopped while sending; it may or may not have arrived, so it is not sent again.', "
                                + "entity_version = entity_version + 1 "
                                + "WHERE state = 'SENDING' AND claimed_until < ?")
                .setParameter(1, utc(now))
                .executeUpdate();
    }

    /** Cut to microseconds as stored, so a message written at {@code now} is due at {@code now}. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
