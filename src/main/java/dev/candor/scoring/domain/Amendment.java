package dev.candor.scoring.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A change to a submitted scorecard: who made it, when, why, and every value before and after, one
 * row per changed value (table {@code scorecard_amendment_change}). Never changed or deleted once
 * written.
 */
@Entity
@Table(name = "scorecard_amendment")
@NamedQuery(
        name = Amendment.OF_SCORECARD,
        query =
                "select a from Amendment a where a.scorecard.id = :scorecard order by a.amendedAt, a.id")
public class Amendment {

    public static final String OF_SCORECARD = "Amendment.ofScorecard";
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "scorecard_id", nullable = false)
    private Scorecard scorecard;

    @Column(name = "amended_by", nullable = false, length = 64)
    private String amendedBy;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Column(name = "reason", nullable = false, length = MAX_REASON)
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "scorecard_amendment_change",
            joinColumns = @JoinColumn(name = "amendment_id"))
    @OrderColumn(name = "line")
    private List<AmendedValue> changes = new ArrayList<>();

    protected Amendment() {}

    Amendment(
            Scorecard scorecard,
            String amendedBy,
            Instant amendedAt,
            String reason,
            List<AmendedValue> changes) {
        this.scorecard = scorecard;
        this.amendedBy = amendedBy;
        this.amendedAt = amendedAt;
        this.reason = reason;
        this.changes = new ArrayList<>(changes);
    }

    public Long getId() {
        return id;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public String getAmendedBy() {
        return amendedBy;
    }

    public Instant getAmendedAt() {
        return amendedAt;
    }

    public String getReason() {
        return reason;
    }

    public List<AmendedValue> getChanges() {
        return List.copyOf(changes);
    }
}
