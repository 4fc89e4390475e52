package dev.candor.planning.application;

import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.Opening;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see and change what in planning, in one place.
 *
 * <ul>
 *   <li>Recruiters and administrators: everything.
 *   <li>Hiring managers: the openings that list them (details, plan, candidates, interviews); they
 *       cannot create, edit or close openings.
 *   <li>Interviewers: only the interviews whose panel they are on (also after being withdrawn).
 * </ul>
 *
 * A specific opening, candidate or interview the caller may not see is reported as not found (HTTP
 * 404), never as forbidden, so its existence is not revealed. A kind of action the caller's roles
 * never allow (an interviewer listing openings, a hiring manager creating one) is forbidden (HTTP
 * 403).
 */
@ApplicationScoped
public class PlanningAccess {

    @PersistenceContext private EntityManager em;

    @Inject private Caller caller;

    public String username() {
        return caller.requireUsername();
    }

    public boolean managesAll() {
        return caller.hasAnyRole(Role.ADMIN, Role.RECRUITER);
    }

    public boolean isHiringManager() {
        return caller.hasRole(Role.HIRING_MANAGER);
    }

    /** Recruiters and administrators; 403 for anyone else. */
    public void requireRecruiter() {
        username();
        if (!managesAll()) {
            throw new AccessDeniedException(
                    "Only recruiters and administrators can create, edit or close openings.");
        }
    }

    /** Someone who may work with openings at all; 403 for interviewers only. */
    public void requireOpeningRole() {
        username();
        if (!managesAll() && !isHiringManager()) {
            throw new AccessDeniedException(
                    "Openings are for recruiters, administrators and hiring managers.");
        }
    }

    public boolean canManage(Opening opening) {
        return managesAll()
                || (isHiringManager() && opening.isHiringManager(caller.username().orElse(null)));
    }

    /** An opening the caller manages (reading or changing its plan, candidates and interviews). */
    public Opening opening(long id) {
        username();
        Opening opening = em.find(Opening.class, id);
        if (opening == null || !canManage(opening)) {
            throw new NotFoundException("There is no opening " + id + " that you can see.");
        }
        return opening;
    }

    public Candidate candidate(long id) {
        username();
        Candidate candidate = em.find(Candidate.class, id);
        if (candidate == null || !canManage(candidate.getOpening())) {
            throw new NotFoundException("There is no candidate " + id + " that you can see.");
        }
        return candidate;
    }

    /**
     * A candidate the caller may see in the interview kit: one they manage, or one they are on a
     * panel for (also after being withdrawn, as with the interview itself).
     */
    public Candidate candidateInKit(long id) {
        username();
        Candidate candidate = em.find(Candidate.class, id);
        if (candidate == null || !(canManage(candidate.getOpening()) || onPanelFor(candidate))) {
            throw new NotFoundException("There is no candidate " + id + " that you can see.");
        }
        return candidate;
    }

    /** A candidate the caller manages; 403 for a panel member, who may only read the kit. */
    public Candidate managedCandidate(long id) {
        Candidate candidate = candidateInKit(id);
        if (!canManage(candidate.getOpening())) {
            throw new AccessDeniedException(
                    "Only the opening's recruiters and hiring managers can change the candidate's"
                            + " profile; as a panel member you can read it.");
        }
        return candidate;
    }

    private boolean onPanelFor(Candidate candidate) {
        String me = caller.username().orElse(null);
        return em.createQuery("select i from Interview i where i.candidate = :c", Interview.class)
                .setParameter("c", candidate)
                .getResultStream()
                .anyMatch(interview -> interview.isMember(me));
    }

    public boolean canRead(Interview interview) {
        return canManage(interview.getOpening())
                || interview.isMember(caller.username().orElse(null));
    }

    /** An interview the caller manages or is on the panel of. */
    public Interview interview(long id) {
        username();
        Interview interview = em.find(Interview.class, id);
        if (interview == null || !canRead(interview)) {
            throw new NotFoundException("There is no interview " + id + " that you can see.");
        }
        return interview;
    }

    /** An interview whose opening the caller manages: scheduling, panel changes, cancelling. */
    public Interview managedInterview(long id) {
        Interview interview = interview(id);
        if (!canManage(interview.getOpening())) {
            throw new AccessDeniedException(
                    "Only the opening's recruiters and hiring managers can change this "
                            + "interview; as a panel member you can read it.");
        }
        return interview;
    }
}
