package dev.candor.scoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What one interviewer recorded for the question at one position of their scorecard. Its own row,
 * keyed by (scorecard, position), so an autosave reads and writes this row alone. Only {@link
 * Scorecard} changes it.
 */
@Entity
@Table(name = "scorecard_rating")
@IdClass(RatingKey.class)
@NamedQuery(
        name = Rating.FOR_SAVE,
        query =
                "select r from Rating r join fetch r.scorecard "
                        + "where r.scorecardId = :scorecard and r.position = :position")
@NamedQuery(
        name = Rating.OF_SCORECARD,
        query = "select r from Rating r where r.scorecardId = :scorecard order by r.position")
public class Rating {

    /** The rating at one position together with its scorecard, in one indexed query. */
    public static final String FOR_SAVE = "Rating.forSave";

    public static final String OF_SCORECARD = "Rating.ofScorecard";

    @Id
    @Column(name = "scorecard_id", nullable = false)
    private Long scorecardId;

    @Id
    @Column(name = "position", nullable = false)
    private Integer position;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "scorecard_id", insertable = false, updatable = false)
    private Scorecard scorecard;

    @Column(name = "score")
    private Integer score;

    @Column(name = "skipped", nullable = false)
    private boolean skipped;

    @Column(name = "skip_reason", length = RatingContent.MAX_SKIP_REASON)
    private String skipReason;

    @Column(name = "notes", length = RatingContent.MAX_NOTES)
    private String notes;

    /** The client revision of the last accepted save; an amendment adds one. */
    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected Rating() {}

    Rating(Scorecard scorecard, int position, RatingContent content, long revision, Instant now) {
        this.scorecard = scorecard;
        this.scorecardId = scorecard.getId();
        this.position = position;
        write(content, revision, now);
    }

    /**
     * One autosave of this stored rating, under the revision rule of {@link ClientRevision}.
     *
     * @throws StaleRatingException when a newer or different save of this revision is stored
     */
    RatingSave autosave(RatingContent content, long clientRevision, Instant now) {
        ClientRevision order =
                ClientRevision.compare(clientRevision, revision, content.equals(content()));
        if (order == ClientRevision.NEWER) {
            write(content, clientRevision, now);
            return new RatingSave(this, RatingSave.Outcome.UPDATED);
        }
        if (order == ClientRevision.REPLAY) {
            return new RatingSave(this, RatingSave.Outcome.REPLAYED);
        }
        throw new StaleRatingException(position, clientRevision, revision, content(), updatedAt);
    }

    void write(RatingContent content, long revision, Instant now) {
        this.score = content.score();
        this.skipped = content.skipped();
        this.skipReason = content.skipReason();
        this.notes = content.notes();
        this.revision = revision;
        this.updatedAt = now;
    }

    public RatingContent content() {
        return new RatingContent(score, skipped, skipReason, notes);
    }

    public Long getScorecardId() {
        return scorecardId;
    }

    public int getPosition() {
        return position;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public Integer getScore() {
        return score;
    }

    public boolean isSkipped() {
        return skipped;
    }

    public String getSkipReason() {
        return skipReason;
    }

    public String getNotes() {
        return notes;
    }

    public long getRevision() {
        return revision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
