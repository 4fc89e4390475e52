package dev.candor.scoring.application;

import dev.candor.scoring.domain.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Keeps one scorecard per panel member of each interview, following planning's panel changes
 * (through {@link PanelMembershipObserver}). Not for people to call: there is no access check here,
 * as planning has already checked who may change a panel. Runs in planning's transaction when there
 * is one.
 */
@ApplicationScoped
@Transactional
public class ScorecardAssignments {

    @PersistenceContext private EntityManager em;

    @Inject private Instance<InterviewDirectory> interviews;

    @Inject private Clock clock;

    /** Gives the panel member a scorecard, or reinstates the one they had. Idempotent. */
    public void assign(long interviewId, String username) {
        Optional<Scorecard> existing = find(interviewId, username);
        if (existing.isPresent()) {
            existing.get().reinstate();
            return;
        }
        InterviewSummary interview =
                directory()
                        .interview(interviewId)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "Planning announced a panel member for unknown interview "
                                                        + interviewId));
        em.persist(
                Scorecard.assign(interviewId, interview.candidateId(), username, clock.instant()));
    }

    /**
     * Takes the panel member off: an untouched scorecard goes, a started (or submitted) one stays,
     * withdrawn. Idempotent.
     */
    public void unassign(long interviewId, String username) {
        find(interviewId, username)
                .ifPresent(
                        scorecard -> {
                            if (scorecard.isStarted()) {
                                scorecard.withdraw();
                            } else {
                                em.remove(scorecard);
                                // Now, not at commit: planning may delete the interview next
                                // (cancelling it), and the
                                // scorecard's foreign key must be gone first.
                                em.flush();
                            }
                        });
    }

    private Optional<Scorecard> find(long interviewId, String username) {
        return em
                .createNamedQuery(Scorecard.BY_INTERVIEW_AND_INTERVIEWER, Scorecard.class)
                .setParameter("interview", interviewId)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .findFirst();
    }

    private InterviewDirectory directory() {
        if (!interviews.isResolvable()) {
            throw new IllegalStateException("No InterviewDirectory: planning is not deployed.");
        }
        return interviews.get();
    }
}
