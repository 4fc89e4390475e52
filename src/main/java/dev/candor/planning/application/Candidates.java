package dev.candor.planning.application;

import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.CandidateDetails;
import dev.candor.planning.domain.CandidateErased;
import dev.candor.planning.domain.CandidateStatus;
import dev.candor.planning.domain.Opening;
import dev.candor.shared.domain.AuditableEvent;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Candidates of an opening, added one by one or from a CSV file. */
@ApplicationScoped
@Transactional
public class Candidates {

    static final int MAX_ERASURE_REASON = 500;

    @PersistenceContext private EntityManager em;

    @Inject private PlanningAccess access;

    @Inject private Clock clock;

    @Inject private Caller caller;

    @Inject private Event<CandidateErased> erased;

    @Inject private Event<AuditableEvent> audit;

    public List<CandidateView> list(long openingId) {
        Opening opening = access.opening(openingId);
        return em.createQuery(
                        "select c from Candidate c where c.opening = :o order by c.name",
                        Candidate.class)
                .setParameter("o", opening)
                .getResultStream()
                .map(CandidateView::of)
                .toList();
    }

    public CandidateView get(long id) {
        return CandidateView.of(access.candidate(id));
    }

    public CandidateView create(long openingId, CandidateDetails details) {
        Opening opening = access.opening(openingId);
        requireDetails(details);
        if (emailTaken(opening, details.email(), null)) {
            throw new ConflictException(
                    "A candidate with the email "
                            + details.email()
                            + " is already considered for \""
                            + opening.getTitle()
                            + "\".");
        }
        Candidate candidate = new Candidate(opening, details, clock.instant());
        em.persist(candidate);
        em.flush();
        return CandidateView.of(candidate);
    }

    /** Changes the details and, when {@code status} is given, the status. */
    public CandidateView update(long id, CandidateDetails details, String status) {
        Candidate candidate = access.candidate(id);
        requireNotErased(candidate);
        if (details != null) {
            requireDetails(details);
            if (emailTaken(candidate.getOpening(), details.email(), candidate.getId())) {
                throw new ConflictException(
                        "Another candidate of this opening has the email " + details.email() + ".");
            }
            candidate.describe(details);
        }
        if (status != null) {
            candidate.changeStatus(status(status));
        }
        return CandidateView.of(candidate);
    }

    /**
     * Erases the candidate's personal data (GDPR art. 17): name, e-mail, phone and notes here, and
     * through {@link CandidateErased} the notes and summaries of their scorecards. Ratings stay as
     * numbers. The audit log records who, when and why, but nothing that was erased.
     *
     * @param reason why, for the audit log; it must not repeat the name or e-mail
     */
    public CandidateView erase(long id, String reason) {
        caller.requireAnyRole(Role.ADMIN, Role.RECRUITER);
        Candidate candidate = access.candidate(id);
        requireNotErased(candidate);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_ERASURE_REASON) {
            throw new InvalidInputException(
                    "reason",
                    "Say why the data is erased (1 to "
                            + MAX_ERASURE_REASON
                            + " characters), e.g. \"request by e-mail of 4 Dec\".");
        }
        if (candidate.isNamedIn(why)) {
            throw new InvalidInputException(
                    "reason",
                    "The reason is kept after the erasure: leave out the candidate's name and"
                            + " e-mail.");
        }
        candidate.erase(clock.instant());
        em.flush();
        erased.fire(new CandidateErased(candidate.getId()));
        audit.fire(
                new AuditableEvent(
                        "candidate.erased",
                        caller.requireUsername(),
                        "candidate:" + candidate.getId(),
                        Map.of(
                                "opening",
                                String.valueOf(candidate.getOpening().getId()),
                                "reason",
                                why)));
        return CandidateView.of(candidate);
    }

    private static void requireNotErased(Candidate candidate) {
        if (candidate.isErased()) {
            throw new ConflictException(
                    "This candidate's personal data was erased; the record cannot be changed.");
        }
    }

    /**
     * All or nothing: either every row becomes a candidate, or none does and the problems say why.
     */
    public CandidateImportOutcome importCsv(long openingId, byte[] file) {
        Opening opening = access.opening(openingId);
        CandidateCsv.Result result =
                CandidateCsv.read(file, email -> emailTaken(opening, email, null));
        if (!result.problems().isEmpty()) {
            return new CandidateImportOutcome(0, result.problems(), List.of());
        }
        List<CandidateView> created = new ArrayList<>();
        for (CandidateDetails details : result.rows()) {
            Candidate candidate = new Candidate(opening, details, clock.instant());
            em.persist(candidate);
            em.flush();
            created.add(CandidateView.of(candidate));
        }
        return new CandidateImportOutcome(created.size(), List.of(), created);
    }

    private static void requireDetails(CandidateDetails details) {
        if (details == null) {
            throw new InvalidInputException("body", "Send the candidate's name and email.");
        }
        if (!details.sentences().isEmpty()) {
            throw new InvalidInputException(details.sentences());
        }
    }

    static CandidateStatus status(String name) {
        try {
            return CandidateStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "status",
                    "\""
                            + name
                            + "\" is not a candidate status; use one of "
                            + List.of(CandidateStatus.values())
                            + ".");
        }
    }

    private boolean emailTaken(Opening opening, String email, Long except) {
        return em.createQuery(
                        "select c from Candidate c where c.opening = :o and c.email = :e",
                        Candidate.class)
                .setParameter("o", opening)
                .setParameter("e", email)
                .getResultStream()
                .anyMatch(c -> !c.getId().equals(except));
    }
}
