package dev.candor.planning.application;

import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.CandidateProfile;
import dev.candor.planning.domain.CandidateResume;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The candidate's profile in the interview kit: links, source and résumé for the people who may see
 * the candidate. In a blind opening the panel sees none of it (the debrief compares candidates
 * under pseudonyms there, and a résumé or profile page would name them); the opening's recruiters
 * and hiring managers still do.
 */
@ApplicationScoped
@Transactional
public class CandidateProfiles {

    @PersistenceContext private EntityManager em;

    @Inject private PlanningAccess access;

    public KitProfile inKit(long candidateId) {
        Candidate candidate = access.candidateInKit(candidateId);
        if (withheldFromCaller(candidate)) {
            return KitProfile.withheld(candidateId);
        }
        CandidateProfile profile = candidate.getProfile();
        CandidateResume resume = em.find(CandidateResume.class, candidateId);
        return new KitProfile(
                candidateId,
                false,
                profile.links(),
                profile.source(),
                resume == null ? null : ResumeInfo.of(resume),
                candidate.getTimeZone() == null ? "" : candidate.getTimeZone());
    }

    /** Replaces the links and the source (the opening's recruiters and hiring managers). */
    public CandidateView describe(long candidateId, CandidateProfile profile) {
        Candidate candidate = access.managedCandidate(candidateId);
        candidate.describeProfile(profile);
        return CandidateView.of(candidate);
    }

    boolean withheldFromCaller(Candidate candidate) {
        return candidate.getOpening().isBlind() && !access.canManage(candidate.getOpening());
    }
}
