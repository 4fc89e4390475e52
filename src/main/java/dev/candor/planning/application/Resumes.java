package dev.candor.planning.application;

import com.lowagie.text.pdf.PdfReader;
import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.CandidateErased;
import dev.candor.planning.domain.CandidateResume;
import dev.candor.planning.domain.ResumeFile;
import dev.candor.planning.domain.ResumeTooLargeException;
import dev.candor.shared.domain.AuditableEvent;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Candidates' résumés: uploaded by the opening's recruiters and hiring managers, read by them and
 * by the candidate's panel, removed with the candidate's personal data. Kept in the database (see
 * V9__candidate_profile.sql for why).
 */
@ApplicationScoped
@Transactional
public class Resumes {

    static final String FIELD = "resume";

    @PersistenceContext private EntityManager em;

    @Inject private PlanningAccess access;

    @Inject private Clock clock;

    @Inject private Event<AuditableEvent> audit;

    @Inject
    @ConfigProperty(name = "candor.resume.max-bytes", defaultValue = "5242880")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads at most one byte past the limit, so an over-long body is refused unread. */
    public ResumeInfo store(long candidateId, InputStream body) {
        access.managedCandidate(candidateId);
        try {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
            return store(candidateId, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores or replaces the résumé; 413 when too large, 422 when not a readable PDF. */
    public ResumeInfo store(long candidateId, byte[] content) {
        Candidate candidate = access.managedCandidate(candidateId);
        if (candidate.isErased()) {
            throw new ConflictException(
                    "This candidate's personal data was erased; no résumé can be added.");
        }
        if (ResumeFile.tooLarge(content.length, maxBytes)) {
            throw new ResumeTooLargeException(maxBytes);
        }
        ResumeFile.contentProblem(content)
                .or(() -> unreadable(content))
                .ifPresent(
                        problem -> {
                            throw new InvalidInputException(FIELD, problem);
                        });
        String me = access.username();
        CandidateResume resume = em.find(CandidateResume.class, candidateId);
        if (resume == null) {
            resume = new CandidateResume(candidateId, content, clock.instant(), me);
            em.persist(resume);
        } else {
            resume.replace(content, clock.instant(), me);
        }
        audit.fire(event("candidate.resume.stored", candidate, resume.getSizeBytes()));
        return ResumeInfo.of(resume);
    }

    /** The résumé for someone who may see the candidate in the interview kit; 404 when none. */
    public CandidateResume read(long candidateId) {
        Candidate candidate = access.candidateInKit(candidateId);
        CandidateResume resume = em.find(CandidateResume.class, candidateId);
        if (candidate.getOpening().isBlind() && !access.canManage(candidate.getOpening())) {
            throw new NotFoundException(
                    "This opening compares candidates blind: the panel sees no résumé.");
        }
        if (resume == null) {
            throw new NotFoundException("No résumé has been uploaded for this candidate.");
        }
        return resume;
    }

    /** Size and date of the résumé, for the candidate's page. */
    public Optional<ResumeInfo> info(long candidateId) {
        access.candidate(candidateId);
        return Optional.ofNullable(em.find(CandidateResume.class, candidateId)).map(ResumeInfo::of);
    }

    /** Removes the résumé; nothing happens when there is none (DELETE is idempotent). */
    public void delete(long candidateId) {
        Candidate candidate = access.managedCandidate(candidateId);
        CandidateResume resume = em.find(CandidateResume.class, candidateId);
        if (resume != null) {
            em.remove(resume);
            audit.fire(event("candidate.resume.removed", candidate, resume.getSizeBytes()));
        }
    }

    /** The résumé goes with the rest of the candidate's personal data (GDPR art. 17). */
    void eraseWith(@Observes CandidateErased erased) {
        em.createQuery("delete from CandidateResume r where r.candidateId = :c")
                .setParameter("c", erased.candidateId())
                .executeUpdate();
    }

    /**
     * Beyond the first bytes: a file that starts like a PDF but cannot be opened as one (cut off,
     * or something else behind the header) would open for no interviewer either.
     */
    private static Optional<String> unreadable(byte[] content) {
        try {
            new PdfReader(content).close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(
                    "The file starts like a PDF but cannot be read as one (damaged or cut off);"
                            + " save the résumé as PDF again and upload that.");
        }
    }

    private AuditableEvent event(String type, Candidate candidate, int sizeBytes) {
        return new AuditableEvent(
                type,
                access.username(),
                "candidate:" + candidate.getId(),
                Map.of(
                        "opening",
                        String.valueOf(candidate.getOpening().getId()),
                        "bytes",
                        String.valueOf(sizeBytes)));
    }
}
