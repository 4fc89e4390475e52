package dev.candor.scoring.application;

import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.scoring.domain.Scorecard;
import dev.candor.scoring.domain.ScorecardStatus;
import dev.candor.scoring.domain.ScorecardVisibility;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may open a scorecard: its interviewer always, others under {@link ScorecardVisibility}. Used
 * by {@link Scorecards} inside its transactions; it starts none of its own.
 */
@ApplicationScoped
class ScorecardAccess {

    @PersistenceContext private EntityManager em;

    @Inject private Caller caller;

    @Inject private Instance<InterviewDirectory> interviews;

    /** Whether the caller named may read this scorecard: their own, or visible to them. */
    boolean mayRead(String me, Scorecard scorecard) {
        return scorecard.isOwnedBy(me)
                || ScorecardVisibility.decide(
                                viewer(me, scorecard),
                                scorecard.getInterviewer(),
                                scorecard.getStatus())
                        .isVisible();
    }

    Scorecard requireOwn(long scorecardId) {
        Scorecard scorecard = em.find(Scorecard.class, scorecardId);
        requireOwner(scorecard, caller.requireUsername());
        return scorecard;
    }

    static void requireOwner(Scorecard scorecard, String username) {
        if (scorecard == null) {
            throw new NotFoundException("There is no such scorecard.");
        }
        if (!scorecard.isOwnedBy(username)) {
            throw new AccessDeniedException("This scorecard belongs to another interviewer.");
        }
    }

    Scorecard requireReadable(long scorecardId) {
        String me = caller.requireUsername();
        Scorecard scorecard = em.find(Scorecard.class, scorecardId);
        if (scorecard == null) {
            throw new NotFoundException("There is no such scorecard.");
        }
        if (scorecard.isOwnedBy(me)) {
            return scorecard;
        }
        ScorecardVisibility.Decision decision =
                ScorecardVisibility.decide(
                        viewer(me, scorecard), scorecard.getInterviewer(), scorecard.getStatus());
        if (!decision.isVisible()) {
            throw new AccessDeniedException(
                    switch (decision) {
                        case OWN_PENDING ->
                                "Submit your own scorecard for this candidate before reading others'.";
                        default ->
                                "Scorecards of others are shown once submitted, to the opening's hiring managers, "
                                        + "recruiters and interviewers who submitted their own.";
                    });
        }
        return scorecard;
    }

    private ScorecardVisibility.Viewer viewer(String me, Scorecard scorecard) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(caller::hasRole).forEach(roles::add);
        List<ScorecardStatus> own =
                em.createNamedQuery(Scorecard.STATUSES_FOR_CANDIDATE, ScorecardStatus.class)
                        .setParameter("candidate", scorecard.getCandidateId())
                        .setParameter("username", me)
                        .getResultList();
        boolean hiringManager =
                roles.contains(Role.HIRING_MANAGER)
                        && interviewIfKnown(scorecard.getInterviewId())
                                .map(
                                        interview ->
                                                directory()
                                                        .isHiringManager(interview.openingId(), me))
                                .orElse(false);
        return new ScorecardVisibility.Viewer(
                me, roles, hiringManager, ScorecardVisibility.own(own));
    }

    private Optional<InterviewSummary> interviewIfKnown(long interviewId) {
        return interviews.isResolvable()
                ? interviews.get().interview(interviewId)
                : Optional.empty();
    }

    private InterviewDirectory directory() {
        if (!interviews.isResolvable()) {
            throw new IllegalStateException("No InterviewDirectory: planning is not deployed.");
        }
        return interviews.get();
    }
}
