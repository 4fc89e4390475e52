package dev.candor.debrief.domain;

import dev.candor.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A recruiter has looked at a flag and says why it stands or does not matter. The flag stays shown,
 * marked reviewed with the reason.
 */
@Entity
@Table(name = "debrief_flag_review")
public class FlagReview {

    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scorecard_id", nullable = false, updatable = false)
    private long scorecardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private FlagKind kind;

    @Column(nullable = false, length = MAX_REASON, updatable = false)
    private String reason;

    @Column(name = "reviewed_by", nullable = false, length = 64, updatable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    protected FlagReview() {}

    public FlagReview(Flag flag, String reason, String reviewedBy, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why this flag was reviewed.");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException(
                    "reason", "Keep the reason to " + MAX_REASON + " characters.");
        }
        this.scorecardId = flag.scorecardId();
        this.kind = flag.kind();
        this.reason = reason.strip();
        this.reviewedBy = reviewedBy;
        this.reviewedAt = at;
    }

    public String flagId() {
        return Flag.id(scorecardId, kind);
    }

    public String getReason() {
        return reason;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
