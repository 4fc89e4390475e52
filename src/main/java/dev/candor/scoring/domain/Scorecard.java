package dev.candor.scoring.domain;

import dev.candor.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One interviewer's evaluation of one interview. Its ratings are rows of their own ({@link
 * Rating}), loaded only when a rule needs them all (submit, amend), so an autosave touches one
 * rating row and nothing else, except the first save, which also moves the scorecard from
 * NOT_STARTED to DRAFT.
 *
 * <p>Lifecycle: created NOT_STARTED when its interviewer joins the panel; DRAFT from the first
 * save, when the number of questions is fixed; SUBMITTED once complete, after which only amendments
 * (with a reason, kept as {@link Amendment}s) change it. An interviewer removed from the panel
 * after starting keeps the scorecard, marked withdrawn and read-only.
 *
 * <p>Until submission, its recommendation and summary are the interviewer's autosaved draft ({@link
 * #saveDraft}), private to them like the ratings; submission fixes them.
 */
@Entity
@Table(name = "scorecard")
@NamedQuery(
        name = Scorecard.OF_INTERVIEWER,
        query =
                "select s from Scorecard s where s.interviewer = :username order by s.createdAt desc, s.id desc")
@NamedQuery(
        name = Scorecard.BY_INTERVIEW_AND_INTERVIEWER,
        query =
                "select s from Scorecard s where s.interviewId = :interview and s.interviewer = :username")
@NamedQuery(
        name = Scorecard.STATUSES_FOR_CANDIDATE,
        query =
                "select s.status from Scorecard s "
                        + "where s.candidateId = :candidate and s.interviewer = :username and s.withdrawn = false")
@NamedQuery(
        name = Scorecard.PROGRESS,
        query =
                "select s.interviewId, "
                        + "sum(case when s.status = dev.candor.scoring.domain.ScorecardStatus.SUBMITTED then 1 else 0 end), "
                        + "count(s) from Scorecard s where s.interviewId in :interviews and s.withdrawn = false "
                        + "group by s.interviewId")
public class Scorecard {

    public static final String OF_INTERVIEWER = "Scorecard.ofInterviewer";
    public static final String BY_INTERVIEW_AND_INTERVIEWER = "Scorecard.byInterviewAndInterviewer";

    /**
     * The statuses of a person's own (not withdrawn) scorecards for one candidate, for {@link
     * ScorecardVisibility}.
     */
    public static final String STATUSES_FOR_CANDIDATE = "Scorecard.statusesForCandidate";

    /** Per interview: [interviewId, submitted, expected], withdrawn scorecards left out. */
    public static final String PROGRESS = "Scorecard.progress";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false)
    private Long interviewId;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(name = "interviewer", nullable = false, length = 64)
    private String interviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ScorecardStatus status;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Column(name = "question_count")
    private Integer questionCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation", length = 16)
    private Recommendation recommendation;

    @Column(name = "summary", length = SubmissionRules.MAX_SUMMARY)
    private String summary;

    /**
     * The client revision of the last accepted draft save of the recommendation and summary; 0
     * before any.
     */
    @Column(name = "draft_revision", nullable = false)
    private long draftRevision;

    @Column(name = "draft_updated_at")
    private Instant draftUpdatedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "amended_at")
    private Instant amendedAt;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected Scorecard() {}

    private Scorecard(long interviewId, long candidateId, String interviewer, Instant now) {
        if (interviewer == null || interviewer.isBlank()) {
            throw new IllegalArgumentException("A scorecard belongs to an interviewer.");
        }
        this.interviewId = interviewId;
        this.candidateId = candidateId;
        this.interviewer = interviewer;
        this.status = ScorecardStatus.NOT_STARTED;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A new, empty scorecard for a panel member of an interview. */
    public static Scorecard assign(
            long interviewId, long candidateId, String interviewer, Instant now) {
        return new Scorecard(interviewId, candidateId, interviewer, now);
    }

    public boolean isOwnedBy(String username) {
        return interviewer.equals(username);
    }

    public boolean isStarted() {
        return status != ScorecardStatus.NOT_STARTED;
    }

    /**
     * The first save: from NOT_STARTED to DRAFT, fixing how many questions there are (the caller
     * has frozen the interview's questions first). Does nothing once started.
     *
     * @return whether this call started the scorecard
     */
    public boolean start(int questionCount, Instant now) {
        if (isStarted()) {
            return false;
        }
        requireOpen();
        if (questionCount < 0) {
            throw new IllegalArgumentException(
                    "A question count cannot be negative: " + questionCount);
        }
        this.questionCount = questionCount;
        this.status = ScorecardStatus.DRAFT;
        this.startedAt = now;
        return true;
    }

    /**
     * Stores one autosave. A revision newer than the stored one replaces it; the stored revision
     * again with identical content is an idempotent replay and changes nothing; anything else is
     * stale.
     *
     * @param stored the rating now stored at {@code position}, or null if there is none yet
     * @return the rating to keep (a new one must be persisted by the caller) and what happened
     * @throws ScorecardClosedException when submitted or withdrawn
     * @throws InvalidInputException for a position, score, revision or text out of bounds
     * @throws StaleRatingException when a newer or different save of this revision is stored
     */
    public RatingSave saveRating(Rating stored, int position, RatingInput input, Instant now) {
        requireOpen();
        if (!isStarted()) {
            throw new IllegalStateException(
                    "Start the scorecard (freezing its questions) before saving ratings.");
        }
        AutosaveRules.requireValidRating(position, input, questionCount);
        RatingContent content = input.content();
        if (stored == null) {
            return new RatingSave(
                    new Rating(this, position, content, input.clientRevision(), now),
                    RatingSave.Outcome.CREATED);
        }
        if (stored.getPosition() != position || !Objects.equals(stored.getScorecardId(), id)) {
            throw new IllegalArgumentException(
                    "The stored rating belongs to another scorecard or position.");
        }
        return stored.autosave(content, input.clientRevision(), now);
    }

    /**
     * Stores one autosave of the draft recommendation and summary, under the same revision rules as
     * a rating: a newer revision replaces the draft, an exact replay of the stored one changes
     * nothing, anything else is stale. Submission later takes the recommendation and summary it is
     * given.
     *
     * @return whether the draft changed (false for a replay)
     * @throws ScorecardClosedException when submitted or withdrawn
     * @throws InvalidInputException for a summary or revision out of bounds
     * @throws StaleDraftException when a newer or different save of this revision is stored
     */
    public boolean saveDraft(Conclusion draft, long clientRevision, Instant now) {
        requireOpen();
        if (!isStarted()) {
            throw new IllegalStateException(
                    "Start the scorecard (freezing its questions) before saving its draft.");
        }
        AutosaveRules.requireValidDraft(draft, clientRevision);
        Conclusion stored = conclusion();
        ClientRevision order =
                ClientRevision.compare(clientRevision, draftRevision, draft.equals(stored));
        if (order == ClientRevision.STALE) {
            throw new StaleDraftException(clientRevision, draftRevision, stored, draftUpdatedAt);
        }
        if (order == ClientRevision.REPLAY) {
            return false;
        }
        this.recommendation = draft.recommendation();
        this.summary = draft.summary();
        this.draftRevision = clientRevision;
        this.draftUpdatedAt = now;
        return true;
    }

    /**
     * Everything still missing for a submission with this recommendation and summary; empty when
     * complete.
     */
    public List<MissingItem> missing(
            Collection<Rating> ratings,
            Recommendation recommendation,
            String summary,
            SubmissionRules rules) {
        int questions = questionCount == null ? 0 : questionCount;
        return rules.missing(questions, contents(ratings), recommendation, summary);
    }

    /**
     * Hands the scorecard in. Every missing item is listed at once.
     *
     * @param ratings all stored ratings of this scorecard
     * @throws IncompleteScorecardException listing everything missing
     * @throws ScorecardClosedException when already submitted or withdrawn
     */
    public void submit(
            Collection<Rating> ratings,
            Recommendation recommendation,
            String summary,
            SubmissionRules rules,
            Instant now) {
        requireOpen();
        if (!isStarted()) {
            throw new IllegalStateException(
                    "Start the scorecard (freezing its questions) before submitting it.");
        }
        requireSummaryLength(summary, "summary");
        List<MissingItem> missing = missing(ratings, recommendation, summary, rules);
        if (!missing.isEmpty()) {
            throw new IncompleteScorecardException(missing);
        }
        this.recommendation = recommendation;
        this.summary = summary;
        this.status = ScorecardStatus.SUBMITTED;
        this.submittedAt = now;
    }

    /**
     * Changes a submitted scorecard, keeping every old and new value with who, when and why. The
     * result must still be complete.
     *
     * @param ratings all stored ratings of this scorecard
     * @return the amendment to persist
     * @throws ScorecardClosedException unless submitted, or when withdrawn
     * @throws InvalidInputException for a blank reason, bad values, or no change at all
     * @throws IncompleteScorecardException when the amended scorecard would miss something
     */
    public Amendment amend(
            Collection<Rating> ratings,
            ScorecardChanges changes,
            String reason,
            String amendedBy,
            SubmissionRules rules,
            Instant now) {
        if (status != ScorecardStatus.SUBMITTED) {
            throw new ScorecardClosedException(
                    "Only a submitted scorecard is amended; edit a draft directly.");
        }
        if (withdrawn) {
            throw withdrawnProblem();
        }
        AmendmentRules.requireValid(changes, reason, questionCount);
        Map<Integer, Rating> byPosition = AmendmentRules.byPosition(ratings, changes, id);
        Conclusion before = conclusion();
        Conclusion after = amended(changes);
        Map<Integer, RatingContent> afterRatings = contents(ratings);
        afterRatings.putAll(changes.ratings());
        List<MissingItem> missing =
                rules.missing(questionCount, afterRatings, after.recommendation(), after.summary());
        if (!missing.isEmpty()) {
            throw new IncompleteScorecardException(missing);
        }
        List<AmendedValue> values =
                AmendmentRules.changedValues(byPosition, changes, before, after);
        changes.ratings()
                .forEach(
                        (position, content) -> {
                            Rating rating = byPosition.get(position);
                            if (!rating.content().equals(content)) {
                                rating.write(content, rating.getRevision() + 1, now);
                            }
                        });
        this.recommendation = after.recommendation();
        this.summary = after.summary();
        this.amendedAt = now;
        return new Amendment(this, amendedBy, now, reason, values);
    }

    private Conclusion amended(ScorecardChanges changes) {
        return new Conclusion(
                changes.recommendation() == null ? recommendation : changes.recommendation(),
                changes.summary() == null ? summary : changes.summary());
    }

    /** The interviewer left the panel after starting: the scorecard stays, read-only. */
    public void withdraw() {
        withdrawn = true;
    }

    /** The interviewer is back on the panel. */
    public void reinstate() {
        withdrawn = false;
    }

    private void requireOpen() {
        if (status == ScorecardStatus.SUBMITTED) {
            throw new ScorecardClosedException(
                    "This scorecard is submitted and read-only; "
                            + "amend it with a reason instead.");
        }
        if (withdrawn) {
            throw withdrawnProblem();
        }
    }

    private static ScorecardClosedException withdrawnProblem() {
        return new ScorecardClosedException(
                "You are no longer on this interview's panel, so this scorecard "
                        + "is kept as it is and cannot be changed.");
    }

    static String positionProblem(int position, int questionCount) {
        return "There is no question "
                + position
                + "; this scorecard has questions 1 to "
                + questionCount
                + ".";
    }

    private static void requireSummaryLength(String summary, String field) {
        if (summary != null && summary.length() > SubmissionRules.MAX_SUMMARY) {
            throw new InvalidInputException(field, Conclusion.SUMMARY_TOO_LONG);
        }
    }

    private static Map<Integer, RatingContent> contents(Collection<Rating> ratings) {
        Map<Integer, RatingContent> contents = new LinkedHashMap<>();
        ratings.forEach(rating -> contents.put(rating.getPosition(), rating.content()));
        return contents;
    }

    public Long getId() {
        return id;
    }

    public long getInterviewId() {
        return interviewId;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public ScorecardStatus getStatus() {
        return status;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    /** Fixed on the first save; null before. */
    public Integer getQuestionCount() {
        return questionCount;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getSummary() {
        return summary;
    }

    /**
     * The recommendation and summary as they stand: the draft until submission, the submitted ones
     * after.
     */
    public Conclusion conclusion() {
        return new Conclusion(recommendation, summary);
    }

    /** The client revision of the last accepted draft save; 0 when none was made. */
    public long getDraftRevision() {
        return draftRevision;
    }

    /** When the draft recommendation and summary were last saved; null if never. */
    public Instant getDraftUpdatedAt() {
        return draftUpdatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** When it was last amended after submission; null if never. */
    public Instant getAmendedAt() {
        return amendedAt;
    }

    public boolean isAmended() {
        return amendedAt != null;
    }
}
