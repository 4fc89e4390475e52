package dev.candor.scoring.infrastructure;

import dev.candor.planning.application.ScoringProgress;
import dev.candor.scoring.domain.Scorecard;
import dev.candor.scoring.domain.ScorecardStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Planning's {@link ScoringProgress} port, answered from the scorecards. Enabled alternative with
 * priority 100, so it replaces planning's {@code DefaultScoringProgress} everywhere, as planning's
 * Javadoc asks. Withdrawn scorecards count as started (planning must keep their members), but not
 * in progress counts.
 */
@ApplicationScoped
@Alternative
@Priority(100)
@Transactional(Transactional.TxType.SUPPORTS)
public class ScorecardProgress implements ScoringProgress {

    @PersistenceContext private EntityManager em;

    @Override
    public boolean hasStarted(long interviewId) {
        return em.createQuery(
                                "select count(s) from Scorecard s where s.interviewId = :interview "
                                        + "and s.status <> :notStarted",
                                Long.class)
                        .setParameter("interview", interviewId)
                        .setParameter("notStarted", ScorecardStatus.NOT_STARTED)
                        .getSingleResult()
                > 0;
    }

    @Override
    public boolean hasStarted(long interviewId, String username) {
        ScorecardStatus status = status(interviewId, username);
        return status != null && status != ScorecardStatus.NOT_STARTED;
    }

    @Override
    public boolean hasSubmitted(long interviewId, String username) {
        return status(interviewId, username) == ScorecardStatus.SUBMITTED;
    }

    @Override
    public Map<Long, Progress> progressOf(Collection<Long> interviewIds) {
        if (interviewIds == null || interviewIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Progress> result = new HashMap<>();
        List<Object[]> rows =
                em.createNamedQuery(Scorecard.PROGRESS, Object[].class)
                        .setParameter("interviews", List.copyOf(interviewIds))
                        .getResultList();
        for (Object[] row : rows) {
            result.put(
                    ((Number) row[0]).longValue(),
                    new Progress(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return result;
    }

    private ScorecardStatus status(long interviewId, String username) {
        return em
                .createNamedQuery(Scorecard.BY_INTERVIEW_AND_INTERVIEWER, Scorecard.class)
                .setParameter("interview", interviewId)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .findFirst()
                .map(Scorecard::getStatus)
                .orElse(null);
    }
}
