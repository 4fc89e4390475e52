package dev.candor.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The scorecards a person still owes: their interview has ended and they have not submitted. The
 * in-app banner shows them on every page, with or without a mail server.
 */
@ApplicationScoped
public class WaitingScorecards {

    /** One scorecard owed, and since when. */
    public record Waiting(long scorecardId, String candidateName, Instant endedAt) {}

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    /** Oldest first. */
    @Transactional
    public List<Waiting> of(String username) {
        Instant now = clock.instant();
        return em
                .createQuery(
                        "select s.id, i.candidate.name, i.startsAt, i.minutes from Scorecard s, Interview i "
                                + "where s.interviewId = i.id and s.interviewer = :me and s.withdrawn = false "
                                + "and s.status <> dev.candor.scoring.domain.ScorecardStatus.SUBMITTED "
                                + "and i.startsAt < :now order by i.startsAt, s.id",
                        Object[].class)
                .setParameter("me", username)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .map(
                        row ->
                                new Waiting(
                                        ((Number) row[0]).longValue(),
                                        (String) row[1],
                                        ((Instant) row[2])
                                                .plus(
                                                        Duration.ofMinutes(
                                                                ((Number) row[3]).intValue()))))
                .filter(waiting -> !waiting.endedAt().isAfter(now))
                .toList();
    }
}
