package dev.candor.scoring.application;

import dev.candor.identity.application.Caller;
import dev.candor.questionbank.domain.RatingScale;
import dev.candor.scoring.domain.Amendment;
import dev.candor.scoring.domain.Conclusion;
import dev.candor.scoring.domain.ConcurrentScorecardChangeException;
import dev.candor.scoring.domain.IncompleteScorecardException;
import dev.candor.scoring.domain.MissingItem;
import dev.candor.scoring.domain.Rating;
import dev.candor.scoring.domain.RatingInput;
import dev.candor.scoring.domain.RatingSave;
import dev.candor.scoring.domain.Recommendation;
import dev.candor.scoring.domain.Scorecard;
import dev.candor.scoring.domain.ScorecardChanges;
import dev.candor.scoring.domain.ScorecardVisibility;
import dev.candor.scoring.domain.SubmissionRules;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.AuditableEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Interviewers' scorecards: listing and opening their own, saving ratings and the draft
 * recommendation and summary as they type, submitting and amending; and reading others' scorecards
 * where {@link ScorecardVisibility} allows.
 *
 * <p>The autosave ({@link #saveRating}) is the hot path: one indexed query reads the rating with
 * its scorecard, then one UPDATE (or INSERT) writes it; only the first save of a scorecard also
 * asks planning to freeze the interview's questions and marks the scorecard started.
 */
@ApplicationScoped
@Transactional
public class Scorecards {

    @PersistenceContext private EntityManager em;

    @Inject private Caller caller;

    @Inject private ScorecardAccess access;

    @Inject private Clock clock;

    @Inject private Instance<InterviewDirectory> interviews;

    @Inject private Event<AuditableEvent> audit;
    @Inject private Event<ScorecardSubmitted> submitted;

    @Inject
    @ConfigProperty(
            name = "candor.scoring.evidence-min-chars",
            defaultValue = "" + RatingScale.DEFAULT_EVIDENCE_MIN_CHARS)
    private int evidenceMinChars;

    /** The caller's own scorecards, newest first. */
    public List<ScorecardSummary> mine() {
        String me = caller.requireUsername();
        List<Scorecard> scorecards =
                em.createNamedQuery(Scorecard.OF_INTERVIEWER, Scorecard.class)
                        .setParameter("username", me)
                        .getResultList();
        Map<Long, Optional<InterviewSummary>> known = new HashMap<>();
        return scorecards.stream()
                .map(
                        scorecard -> {
                            Optional<InterviewSummary> interview =
                                    known.computeIfAbsent(
                                            scorecard.getInterviewId(), this::interviewIfKnown);
                            return ScorecardSummary.of(scorecard, interview);
                        })
                .toList();
    }

    /**
     * The scorecards of one interview that the caller may read (their own, and others' where {@link
     * ScorecardVisibility} allows), in panel order; the others are left out, not refused.
     */
    public List<ScorecardSummary> ofInterview(long interviewId) {
        String me = caller.requireUsername();
        List<Scorecard> scorecards =
                em.createQuery(
                                "select s from Scorecard s where s.interviewId = :interview "
                                        + "order by s.id",
                                Scorecard.class)
                        .setParameter("interview", interviewId)
                        .getResultList();
        Optional<InterviewSummary> interview = interviewIfKnown(interviewId);
        return scorecards.stream()
                .filter(scorecard -> access.mayRead(me, scorecard))
                .map(scorecard -> ScorecardSummary.of(scorecard, interview))
                .toList();
    }

    /**
     * The caller's own scorecard with its questions and what is saved; anyone else's is refused
     * (403).
     */
    public ScorecardDetail open(long scorecardId) {
        return detail(access.requireOwn(scorecardId));
    }

    /**
     * Any scorecard the caller may read: their own, or another's under {@link ScorecardVisibility}
     * (submitted, and the caller is staff, the opening's hiring manager, or has submitted their
     * own).
     */
    public ScorecardDetail read(long scorecardId) {
        return detail(access.requireReadable(scorecardId));
    }

    /** The audit trail of a scorecard the caller may read, oldest first. */
    public List<AmendmentView> amendments(long scorecardId) {
        access.requireReadable(scorecardId);
        return em
                .createNamedQuery(Amendment.OF_SCORECARD, Amendment.class)
                .setParameter("scorecard", scorecardId)
                .getResultList()
                .stream()
                .map(AmendmentView::of)
                .toList();
    }

    /**
     * Stores one question's score, skip and notes (the autosave).
     *
     * @throws dev.candor.scoring.domain.StaleRatingException 409: a newer save is stored
     * @throws dev.candor.scoring.domain.ScorecardClosedException 409: submitted or withdrawn
     * @throws ConcurrentScorecardChangeException 409: lost a race; send again
     * @throws dev.candor.shared.domain.InvalidInputException 422: score, position, revision, length
     * @throws AccessDeniedException 403: someone else's scorecard
     */
    public SavedRating saveRating(long scorecardId, int position, RatingInput input) {
        String me = caller.requireUsername();
        Instant now = now();
        Rating stored =
                em
                        .createNamedQuery(Rating.FOR_SAVE, Rating.class)
                        .setParameter("scorecard", scorecardId)
                        .setParameter("position", position)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        Scorecard scorecard =
                stored != null ? stored.getScorecard() : em.find(Scorecard.class, scorecardId);
        ScorecardAccess.requireOwner(scorecard, me);
        ensureStarted(scorecard, now);
        RatingSave save = scorecard.saveRating(stored, position, input, now);
        if (save.outcome() == RatingSave.Outcome.CREATED) {
            em.persist(save.rating());
        }
        if (save.outcome() != RatingSave.Outcome.REPLAYED) {
            flush();
        }
        return new SavedRating(position, save.rating().getRevision(), save.rating().getUpdatedAt());
    }

    /**
     * Stores the draft recommendation and summary of the finish step (the autosave); like the first
     * rating, the first save of a scorecard not yet started starts it.
     *
     * @param recommendation null while none is chosen
     * @throws dev.candor.scoring.domain.StaleDraftException 409: a newer save is stored
     * @throws dev.candor.scoring.domain.ScorecardClosedException 409: submitted or withdrawn
     * @throws ConcurrentScorecardChangeException 409: lost a race; send again
     * @throws dev.candor.shared.domain.InvalidInputException 422: revision, summary length
     * @throws AccessDeniedException 403: someone else's scorecard
     */
    public SavedDraft saveDraft(
            long scorecardId, Recommendation recommendation, String summary, long clientRevision) {
        Scorecard scorecard = access.requireOwn(scorecardId);
        Instant now = now();
        ensureStarted(scorecard, now);
        if (scorecard.saveDraft(new Conclusion(recommendation, summary), clientRevision, now)) {
            flush();
        }
        return new SavedDraft(scorecard.getDraftRevision(), scorecard.getDraftUpdatedAt());
    }

    /**
     * What a submission with this recommendation and summary would still miss; empty when it would
     * go through.
     */
    public List<MissingItem> missing(
            long scorecardId, Recommendation recommendation, String summary) {
        Scorecard scorecard = access.requireOwn(scorecardId);
        if (!scorecard.isStarted()) {
            int questions = directory().questions(scorecard.getInterviewId()).size();
            return rules().missing(questions, Map.of(), recommendation, summary);
        }
        return scorecard.missing(ratingsOf(scorecardId), recommendation, summary, rules());
    }

    /**
     * Hands in the caller's scorecard.
     *
     * @throws IncompleteScorecardException 422, listing everything missing
     */
    public SubmittedScorecard submit(
            long scorecardId, Recommendation recommendation, String summary) {
        Scorecard scorecard = access.requireOwn(scorecardId);
        Instant now = now();
        ensureStarted(scorecard, now);
        List<Rating> ratings = ratingsOf(scorecardId);
        scorecard.submit(ratings, recommendation, summary, rules(), now);
        // A save that read a rating before this submission and commits after it must fail, not slip
        // in.
        ratings.forEach(rating -> em.lock(rating, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        flush();
        audit.fire(ScorecardAudit.submitted(scorecard, ratings.size()));
        submitted.fire(
                new ScorecardSubmitted(
                        scorecard.getId(),
                        scorecard.getInterviewId(),
                        scorecard.getCandidateId(),
                        scorecard.getInterviewer()));
        return new SubmittedScorecard(scorecard.getId(), scorecard.getSubmittedAt());
    }

    /**
     * Changes the caller's submitted scorecard, recording the reason and every old and new value.
     */
    public AmendmentView amend(long scorecardId, String reason, ScorecardChanges changes) {
        String me = caller.requireUsername();
        Scorecard scorecard = access.requireOwn(scorecardId);
        Amendment amendment =
                scorecard.amend(
                        ratingsOf(scorecardId),
                        changes == null ? new ScorecardChanges(null, null, null) : changes,
                        reason,
                        me,
                        rules(),
                        now());
        em.persist(amendment);
        flush();
        audit.fire(ScorecardAudit.amended(scorecard, amendment));
        return AmendmentView.of(amendment);
    }

    private ScorecardDetail detail(Scorecard scorecard) {
        Map<Integer, Rating> ratings =
                ratingsOf(scorecard.getId()).stream()
                        .collect(Collectors.toMap(Rating::getPosition, Function.identity()));
        Optional<InterviewSummary> interview = interviewIfKnown(scorecard.getInterviewId());
        List<ScorecardQuestion> questions =
                interviews.isResolvable()
                        ? interviews.get().questions(scorecard.getInterviewId())
                        : List.of();
        return ScorecardDetail.of(scorecard, questions, ratings, interview.orElse(null));
    }

    /**
     * The first save: planning freezes the interview's questions, and their number is fixed on the
     * scorecard.
     */
    private void ensureStarted(Scorecard scorecard, Instant now) {
        if (scorecard.isStarted() || scorecard.isWithdrawn()) {
            return;
        }
        InterviewDirectory directory = directory();
        directory.freeze(scorecard.getInterviewId());
        scorecard.start(directory.questions(scorecard.getInterviewId()).size(), now);
    }

    private List<Rating> ratingsOf(long scorecardId) {
        return em.createNamedQuery(Rating.OF_SCORECARD, Rating.class)
                .setParameter("scorecard", scorecardId)
                .getResultList();
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

    /**
     * The time a change is stored with. The databases keep microseconds: so the time answered now
     * is the one a replay or a later GET answers.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private SubmissionRules rules() {
        return new SubmissionRules(scale());
    }

    /**
     * The rating scale with this installation's evidence minimum: the one place it is read from the
     * configuration, for the rules and for the page that shows them.
     */
    public RatingScale scale() {
        return new RatingScale(evidenceMinChars);
    }

    private void flush() {
        ScorecardWrites.flush(em);
    }
}
